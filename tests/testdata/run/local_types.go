package main

import "fmt"

func f() any {
	type T struct{ a int }
	return T{1}
}

func g() any {
	type T struct{ b string }
	return T{"x"}
}

func main() {
	x, y := f(), g()
	fmt.Printf("%T %v\n", x, x)
	fmt.Printf("%T %v\n", y, y)
	fmt.Println(x == y)
}

type T struct{ z float64 }

func init() {
	type E int
	var e any = E(3)
	fmt.Printf("%T %v %T\n", e, e, T{})
	for i := 0; i < 2; i++ {
		type L []int
		var l any = L{i}
		fmt.Printf("%T %v\n", l, l)
	}
	func() {
		type T struct{ c bool }
		fmt.Printf("%T %+v\n", T{true}, T{true})
	}()
}
