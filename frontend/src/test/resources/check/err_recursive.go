package main

type T struct { // ERROR "invalid recursive type T\n\t.*T refers to\n\t.*T"
	x T
}

type A [2]B // ERROR "invalid recursive type A"
type B struct{ a A }

type L struct{ next *L }

func main() {}
