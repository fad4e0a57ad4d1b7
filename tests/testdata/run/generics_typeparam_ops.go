package main

import "fmt"

// Constant conversions to a type parameter whose type set holds only complex types.
type Complex interface{ ~complex64 | ~complex128 }

func zero[T Complex]() T   { return T(0) }
func pi[T Complex]() T     { return T(3.14) }
func sqrtN1[T Complex]() T { return T(-1i) }

type Bytes interface{ ~[]byte | ~string }

func fromConst[T Bytes]() T { return T("hi") }

// A constraint defined as comparable.
type C comparable

type value[T C] struct{ val T }

func (v *value[T]) test(def T) bool { return v.val == def }

// An instance of a generic type used only inside a generic body.
type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func useBox[T any](x T) string {
	var c Box[int]
	c.v = 42
	return fmt.Sprint(c.Get(), " ", x)
}

// Inference through a type parameter's core type: T's core type []E unifies with S []E.
type ss[E comparable, T []E] []T

func (ss[E, T]) Equal(a, b T) bool { return SetEq(a, b) }

func SetEq[S []E, E comparable](x, y S) bool {
outer:
	for _, xe := range x {
		for _, ye := range y {
			if xe == ye {
				continue outer
			}
		}
		return false
	}
	return true
}

// Assertions and type switches to a type parameter are never impossible in generic code.
type I[T any] interface{ M() T }

type S struct{}

func (S) M() byte { return 0 }

func F[T, A any](x I[T]) (string, bool) {
	_, ok := x.(A)
	switch x.(type) {
	case A:
		return "A", ok
	}
	return "not A", ok
}

// A type switch on a comparable type parameter value against interface case values.
type comparableFoo interface {
	comparable
	foo()
}

type myint int

func (myint) foo() {}

func g[T comparableFoo](i interface{ foo() }) string {
	var t T
	switch t {
	case i:
		return "t == i"
	}
	return "t != i"
}

func main() {
	fmt.Println(zero[complex128](), pi[complex128](), sqrtN1[complex128]())
	fmt.Println(zero[complex64](), pi[complex64](), sqrtN1[complex64]())
	fmt.Println(string(fromConst[[]byte]()), fromConst[string]())

	var c value[int]
	fmt.Println(c.test(0), c.test(32))
	s := value[string]{"ab"}
	fmt.Println(s.test("ab"), s.test(""))

	fmt.Println(useBox("x"), useBox(1.5))

	var e ss[int, []int]
	fmt.Println(e.Equal([]int{1, 2}, []int{2, 1}), e.Equal([]int{1, 3}, []int{2}))

	fmt.Println(F[byte, string](S{}))
	fmt.Println(F[byte, S](S{}))

	fmt.Println(g[myint](myint(0)), g[myint](myint(1)))
}
