package main

type F func(i, i int) // ERROR "i redeclared in this block\n\t.*other declaration of i"

func g(a int, a string) {} // ERROR "a redeclared in this block"

var v = 1
var v = 2 // ERROR "v redeclared in this block"

func main() {
	x := 1
	var x = 2 // ERROR "x redeclared in this block"
	_ = x
}
