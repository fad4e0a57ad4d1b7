package main

func f(s string) string { return s }

type T struct{}

func main() {
	x := 1
	var s string
	s = x
	f(x)
	var t T
	s = t
	_ = s
	var y int = "a"
	_ = y
}

func g() string {
	x := 1
	return x
}
