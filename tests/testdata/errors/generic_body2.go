package main

type Number interface {
	~int | ~int64 | ~float64
}

type Stringer interface{ String() string }

func Unused[T Number](x T) {
	var y int
}

func Big[T Number](x T) T {
	return x + 1.5
}

func Mix[T Number, U Number](x T, y U) T {
	return x + y
}

func Undef[T any]() {
	undefinedThing()
}

type Box[T any] struct{ v T }

func (b *Box[T]) Double() T {
	return b.v * 2
}

func (b Box[T]) Ret() int {
	return b.v
}

func Used[T Number](x T) T {
	return x * x
}

func main() {
	_ = Used(2)
	_ = Add(1, 2)
	_ = Add(3, 4)
}
