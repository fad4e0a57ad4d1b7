package main

// Go 1.19 rejects type declarations inside generic functions and methods of generic types
// (in closures too), once the program type-checks.

type B[T any] struct{}

func (B[T]) m() {
	type q int
	_ = func() {
		type r struct{}
	}
}

func G[T any]() {
	type (
		a int
		b string
	)
}

func main() {}
