package main

import "fmt"

type Box[T any] struct {
	Val  T
	Next *Box[T]
}

func (b *Box[T]) Push(v T) *Box[T] { return &Box[T]{v, b} }

func (b *Box[T]) All() []T {
	var out []T
	for p := b; p != nil; p = p.Next {
		out = append(out, p.Val)
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var ints *Box[int]
	ints = ints.Push(1).Push(2)
	var strs *Box[string]
	strs = strs.Push("a").Push("b")
	fmt.Println(ints.All(), strs.All())
	fmt.Printf("%v %+v %T\n", ints.Val, Pair[string, int]{"x", 1}, Pair[int, bool]{})
	ps := []Pair[int, string]{{1, "one"}, {2, "two"}}
	fmt.Println(ps)
}
