package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	var x int
	var f float64
	_ = x + 1.5 // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = byte(300) // ERROR "cannot convert 300 \(untyped int constant\) to type byte"
	_ = x + "a" // ERROR "invalid operation: x \+ \"a\" \(mismatched types int and untyped string\)"
	_ = x == "a" // ERROR "invalid operation: x == \"a\" \(mismatched types int and untyped string\)"
	_ = true + 1 // ERROR "invalid operation: true \+ 1 \(mismatched types untyped bool and untyped int\)"
	_ = !x // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = -"s" // ERROR "invalid operation: operator - not defined on \"s\" \(untyped string constant\)"
	_ = x / 0 // ERROR "invalid operation: division by zero"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	_ = u
	fmt.Println(f)
}
