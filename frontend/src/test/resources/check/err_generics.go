package main

// Generic bodies are checked once with their type parameters as types, even
// when never instantiated; errors are reported once, at the declaration.

type Number interface {
	~int | ~int64 | ~float64
}

type Stringer interface{ String() string }

func Add[T any](x, y T) T {
	return x + y // ERROR "invalid operation: operator \+ not defined on x \(variable of type T constrained by any\)"
}

func Neg[T any](x T) T {
	return -x // ERROR "operator - not defined on x \(variable of type T constrained by any\)"
}

func ToInt[T any](x T) int {
	var i int
	i = x // ERROR "cannot use x \(variable of type T constrained by any\) as type int in assignment"
	return i
}

func Conv[T any](x T) int {
	return int(x) // ERROR "cannot convert x \(variable of type T constrained by any\) to type int"
}

func ConvStr[T Stringer](x T) string {
	return string(x) // ERROR "cannot convert x \(variable of type T constrained by Stringer\) to type string"
}

func Meth[T any](x T) {
	x.foo() // ERROR "x.foo undefined \(type T has no field or method foo\)"
}

func Field[T Stringer](x T) {
	_ = x.name // ERROR "x.name undefined \(type T has no field or method name\)"
}

func Idx[T any](x T) {
	_ = x[0] // ERROR "invalid operation: cannot index x \(variable of type T constrained by any\)"
}

func Eq[T any](x, y T) bool {
	return x == y // ERROR "invalid operation: x == y \(incomparable types in type set\)"
}

func Less[T comparable](x, y T) bool {
	return x < y // ERROR "invalid operation: x < y \(type parameter T is not comparable with <\)"
}

func Unused[T Number](x T) {
	var y int // ERROR "y declared but not used"
}

func Frac[T Number](x T) T {
	return x + 1.5 // ERROR "cannot convert 1.5 \(untyped float constant\) to T"
}

func Mix[T Number, U Number](x T, y U) T {
	return x + y // ERROR "invalid operation: x \+ y \(mismatched types T and U\)"
}

func Undef[T any]() {
	undefinedThing() // ERROR "undefined: undefinedThing"
}

type Box[T any] struct{ v T }

func (b *Box[T]) Double() T {
	return b.v * 2 // ERROR "cannot convert 2 \(untyped int constant\) to T"
}

func (b Box[T]) Ret() int {
	return b.v // ERROR "cannot use b.v \(variable of type T constrained by any\) as type int in return statement"
}

// Instantiated twice: the error is reported once, in terms of T.
func Twice[T any](x T) T {
	return x * x // ERROR "operator \* not defined on x \(variable of type T constrained by any\)"
}

func main() {
	_ = Twice(1)
	_ = Twice(2.5)
	var b Box[int]
	_ = b.Double()
}
