package main

import (
	"fmt"
	"strings"
)

// A linked list referring to itself.
type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

// A binary search tree ordered by a comparison function.
type Tree[K any, V any] struct {
	root *treeNode[K, V]
	less func(a, b K) bool
}

type treeNode[K any, V any] struct {
	key         K
	val         V
	left, right *treeNode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) { t.root = t.put(t.root, k, v) }

func (t *Tree[K, V]) put(n *treeNode[K, V], k K, v V) *treeNode[K, V] {
	switch {
	case n == nil:
		return &treeNode[K, V]{key: k, val: v}
	case t.less(k, n.key):
		n.left = t.put(n.left, k, v)
	case t.less(n.key, k):
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K, V any](n *treeNode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

// Generic slice, map and interface types.
type Vec[T any] []T

func (v Vec[T]) Len() int { return len(v) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

type Getter[T any] interface {
	Get() T
}

type box[T any] struct{ v T }

func (b box[T]) Get() T { return b.v }

func Use[T any](g Getter[T]) T { return g.Get() }

// Inference.
func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Convert[To, From interface{ ~int | ~int64 | ~float64 }](x From) To { return To(x) }

func Scale[S ~[]E, E ~int | ~float64](s S, k E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * k
	}
	return r
}

type Points []int

func (p Points) String() string { return "Points" + fmt.Sprint([]int(p)) }

func Ptr[T any](v T) *T { return &v }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Push("c")
	l.Each(func(s string) { fmt.Print(s) })
	fmt.Println(" size", l.size)

	t := &Tree[int, string]{less: func(a, b int) bool { return a < b }}
	for _, k := range []int{5, 3, 8, 1, 4} {
		t.Put(k, strings.Repeat("x", k))
	}
	t.Put(3, "thirty")
	t.Walk(func(k int, v string) { fmt.Print(k, "=", v, " ") })
	fmt.Println()

	v := Vec[float64]{1, 2, 3}
	fmt.Println(v.Len(), v[1])
	s := Set[string]{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	fmt.Println(Use[int](box[int]{42}), Use(Getter[string](box[string]{"hi"})))

	strs := Map([]string{"a", "b", "c"}, strings.ToUpper)
	fmt.Println(strs, len(strs))
	fmt.Println(Map[int, float64]([]int{1, 2}, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(Convert[float64](7), Convert[int](3.9))
	p := Scale(Points{1, 2, 3}, 2)
	fmt.Println(p, p.String())
	fmt.Println(Scale([]float64{1.5}, 2))
	ip := Ptr(3)
	sp := Ptr("s")
	*ip++
	fmt.Println(*ip, *sp)
	fmt.Println(Keys(map[string]bool{"a": true}))
	fmt.Println(Apply(1, func(i int) int { return i + 1 }, func(i int) int { return i * 10 }))
	fmt.Println(Apply("go"))
	f := Map[string, int]
	fmt.Println(f([]string{"a", "bb"}, func(s string) int { return len(s) }))
}
