package main

type T struct{ x int }

func main() {
	var s []int
	_ = s == s // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
	var m map[[]int]int // ERROR "invalid map key type \[\]int"
	_ = m
	var f float64
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	var a [3]int
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	x := 5
	x.y = 1 // ERROR "x.y undefined \(type int has no field or method y\)"
	var t T
	t.M() // ERROR "t.M undefined \(type T has no field or method M\)"
	const c = 10
	c = 5 // ERROR "cannot assign to c \(untyped int constant 10\)"
	"s"[0] = 1 // ERROR "cannot assign to \"s\"\[0\] \(value of type byte\)"
}
