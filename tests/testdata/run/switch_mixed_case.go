package main

import "fmt"

type fooer interface{ foo() }

type myint int

func (m myint) foo() {}

type pair struct{ a, b int }

// A switch tag and its case values may differ in type when one is an interface: the
// concrete side converts to the interface for the comparison.
func classify(t int, vals ...any) string {
	switch t {
	case vals[0]:
		return "first"
	case vals[1], 7:
		return "second or seven"
	}
	return "none"
}

func main() {
	fmt.Println(classify(1, 1, 2), classify(2, 1, 2), classify(7, "x", nil), classify(3, int64(3), 3.0))

	var i any = pair{1, 2}
	p := pair{1, 2}
	switch p {
	case i:
		fmt.Println("struct tag matches interface case")
	default:
		fmt.Println("FAIL")
	}
	switch i {
	case p:
		fmt.Println("interface tag matches struct case")
	}

	var f fooer = myint(4)
	switch m := myint(4); m {
	case f:
		fmt.Println("myint tag matches fooer case")
	}
	switch myint(5) {
	case f:
		fmt.Println("FAIL")
	default:
		fmt.Println("myint(5) is not f")
	}

	// dynamic types differ: no comparison of the values, no panic
	var s any = []int{1}
	switch p {
	case s:
		fmt.Println("FAIL")
	default:
		fmt.Println("pair is not []int")
	}
	// comparing uncomparable dynamic values panics, as == does
	defer func() { fmt.Println("recovered:", recover()) }()
	var s2 any = []int{1}
	switch s2 {
	case s:
		fmt.Println("FAIL")
	}
}
