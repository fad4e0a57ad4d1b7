package main

// Conversions of constants to type parameters, and constraints defined as comparable.

type C comparable

func f[T any]() T { return T(0) }

func g[T ~[]int | ~string]() T { return T(1) }

func h[T C](x T) bool { return x == x }

type Complex interface{ ~complex64 | ~complex128 }

func ok[T Complex]() T { return T(-1i) + T(0) + T(2.5) }

func main() {
	_ = f[int]()
	_ = g[string]()
	_ = h[[]int]
	_ = h[int]
	_ = ok[complex64]()
}
