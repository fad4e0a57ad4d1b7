package main

import "fmt"

const x uint8 = 255

type T struct{}

func (T) M() {}

func main() {
	_ = x + 1 // ERROR "x \+ 1 \(constant 256 of type uint8\) overflows uint8"
	var i interface{ M() } = T{}
	f := i.M
	f()
	var a [3]int
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	s := []int{1}
	_ = s[1:0] // ERROR "invalid slice indices: 0 < 1"
	var y int = nil // ERROR "cannot use nil as int value in variable declaration"
	fmt.Println(y)
	var z = nil // ERROR "use of untyped nil in variable declaration"
	fmt.Printf("%d\n")
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = i
	}
	_ = min(1, 2) // ERROR "undefined: min"
}
