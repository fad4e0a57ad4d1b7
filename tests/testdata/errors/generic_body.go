package main

type Number interface {
	~int | ~int64 | ~float64
}

type Stringer interface{ String() string }

func Add[T any](x, y T) T {
	return x + y
}

func Neg[T any](x T) T {
	return -x
}

func ToInt[T any](x T) int {
	var i int
	i = x
	return i
}

func Conv[T any](x T) int {
	return int(x)
}

func ConvStr[T Stringer](x T) string {
	return string(x)
}

func Meth[T any](x T) {
	x.foo()
}

func Field[T Stringer](x T) {
	_ = x.name
}

func Idx[T any](x T) {
	_ = x[0]
}

func Eq[T any](x, y T) bool {
	return x == y
}

func Less[T comparable](x, y T) bool {
	return x < y
}

func Unused[T Number](x T) {
	var y int
}

func Used[T Number](x T) T {
	return x * x
}

func main() {
	_ = Used(2)
	_ = Add(1, 2)
	_ = Add(3, 4)
}
