package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(string)
}

type S struct{ v string }

func (s *S) Set(v string) { s.v = v }

func Make[T any, PT Setter[T]](v string) T {
	var t T
	PT(&t).Set(v)
	p := PT(&t)
	p.Set(v + "!")
	return t
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) Swap() Pair[K, V] { return Pair[K, V]{p.K, p.V} }

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.K, p.V) }

type Tree[T interface{ ~int | ~string }] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.val)
	t.right.Walk(f)
}

func Chans[T any](n int) <-chan T {
	ch := make(chan T, n)
	var z T
	for i := 0; i < n; i++ {
		ch <- z
	}
	close(ch)
	return ch
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Bits[T ~uint8 | ~uint16](x T) T { return x<<1 | x>>1 ^ 3&^x }

func Copy[T any](dst, src []T) int { return copy(dst, src[:]) }

func Deref[T any](p *T) T { return *p }

func IsNil[T any](p *T) bool { return p == nil }

func Cmp[T comparable](a, b T) bool { return a != b }

type Vec[T any] []T

func (v Vec[T]) Len() int { return len(v) }

func (v *Vec[T]) Add(x T) { *v = append(*v, x) }

func main() {
	fmt.Println(Make[S]("a"), Pair[string, int]{"a", 1}.Swap())
	var t *Tree[int]
	for _, v := range []int{3, 1, 2} {
		t = t.Insert(v)
	}
	t.Walk(func(v int) { fmt.Println(v) })
	fmt.Println()
	n := 0
	for range Chans[string](3) {
		n++
	}
	fmt.Println(n, Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(Bits(uint8(5)), Copy(make([]int, 2), []int{1, 2, 3}), Deref(new(int)), IsNil[int](nil), Cmp(1, 2))
	var v Vec[int]
	v.Add(1)
	fmt.Println(v.Len(), v)
}
