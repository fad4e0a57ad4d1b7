package main

type I interface{ M() }

type T struct{ x int }

func (t *T) M() {}

type S struct{}

func main() {
	var i I = T{} // ERROR "cannot use T\{\} \(value of type T\) as type I in variable declaration:\n\tT does not implement I \(M method has pointer receiver\)"
	var j I = S{} // ERROR "cannot use S\{\} \(value of type S\) as type I in variable declaration:\n\tS does not implement I \(missing M method\)"
	t := T{y: 1} // ERROR "unknown field 'y' in struct literal of type T"
	u := T{1, 2} // ERROR "too many values in T\{…\}"
	var p *int
	_ = p.x // ERROR "p.x undefined \(type \*int has no field or method x\)"
	var n int
	_ = *n // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	_, _, _, _ = i, j, t, u
}
