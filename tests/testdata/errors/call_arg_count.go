package main

// Argument count errors at gc's positions, for plain, method and generic calls, and for
// forwarded multi-valued calls.

type S struct{}

func (S) m(a, b int) {}

func f(a, b int) {}

func try[T any](v T, err error) T { return v }

func three() (int, int, int) { return 1, 2, 3 }

func two() (int, int) { return 1, 2 }

func h[T any](a, b T) {}

func main() {
	var s S
	s.m()
	f(1)
	f(1, 2, 3+4)
	_ = try(three())
	_ = try(two())
	h(1)
	f(two())
	f(three())
}
