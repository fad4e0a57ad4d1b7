package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Eq[T comparable](a, b T) bool { return a == b }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Stringer interface{ String() string }

func Str[T Stringer](x T) string { return x.String() }

func Two[A, B any](a A) B {
	var b B
	return b
}

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Max(1, 2.5))
	fmt.Println(Eq[any](1, 2))
	var p Pair[[]int, int]
	fmt.Println(p, Str(3))
	fmt.Println(Two(1))
	f := Sum
	fmt.Println(Sum[int, int](nil), f)
}
