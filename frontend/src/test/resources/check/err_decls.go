package main

import "os" // ERROR `imported and not used: "os"`

func f() int {
	for {
		break
	}
} // ERROR "missing return"

func g(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func h() int {
	for {
	}
}

func main() {
	x := 1 // ERROR "x declared but not used"
	var b byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	y := "a" + 1 // ERROR "invalid operation: \"a\" \+ 1 \(mismatched types untyped string and untyped int\)"
	undefinedThing() // ERROR "undefined: undefinedThing"
	_, _, _ = b, s, y
	g(1)
	h()
}
