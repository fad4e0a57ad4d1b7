package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Number interface{ ~int | ~float64 }

type Inner[T any] struct{ V T }

func (i Inner[T]) Get() T { return i.V }

type Outer[T any] struct {
	Inner[T]
	Name string
}

type Container[T any] interface {
	Get() T
}

type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewCache[K comparable, V any]() *Cache[K, V] { return &Cache[K, V]{m: make(map[K]V)} }

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i int, x T) {
			defer wg.Done()
			out[i] = f(x)
		}(i, x)
	}
	wg.Wait()
	return out
}

func Generate[T any](n int, f func(int) T) <-chan T {
	ch := make(chan T)
	go func() {
		for i := 0; i < n; i++ {
			ch <- f(i)
		}
		close(ch)
	}()
	return ch
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Counter[T Number]() func(T) T {
	var total T
	return func(x T) T {
		total += x
		return total
	}
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) (r Result[T]) {
	defer func() {
		if e := recover(); e != nil {
			r.Err = fmt.Errorf("panic: %v", e)
		}
	}()
	v, err := f()
	return Result[T]{v, err}
}

func SortBy[T any, K int | string](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

type Matrix[T Number] [][]T

func (m Matrix[T]) Sum() T {
	var s T
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func Depth[T any](n int, x T) string {
	if n == 0 {
		return fmt.Sprint(x)
	}
	return Depth(n-1, x) + "."
}

func main() {
	o := Outer[int]{Inner[int]{7}, "o"}
	fmt.Println(o.Get(), o.V, o.Name)
	var c Container[int] = o
	fmt.Println(c.Get())
	get := o.Get
	fmt.Println(get())
	m := Inner[string].Get
	fmt.Println(m(Inner[string]{"mexpr"}))

	cache := NewCache[string, []int]()
	cache.Put("a", []int{1, 2})
	v, ok := cache.Get("a")
	_, ok2 := cache.Get("b")
	fmt.Println(v, ok, ok2)

	fmt.Println(ParallelMap([]string{"a", "bb", "ccc"}, strings.ToUpper))
	sum := 0
	for x := range Generate(5, func(i int) int { return i * i }) {
		sum += x
	}
	fmt.Println(sum)
	fmt.Println(Reduce([]string{"a", "b", "c"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 }))
	cnt := Counter[float64]()
	cnt(1.5)
	fmt.Println(cnt(2))
	r := Try(func() (int, error) { return 0, errors.New("bad") })
	fmt.Println(r.Val, r.Err)
	r2 := Try(func() (string, error) { panic("boom") })
	fmt.Println(r2.Val == "", r2.Err)
	words := []string{"ccc", "a", "bb"}
	SortBy(words, func(s string) int { return len(s) })
	fmt.Println(words)
	fmt.Println(Matrix[int]{{1, 2}, {3}}.Sum(), Matrix[float64]{{0.5}}.Sum())
	fmt.Println(Depth(3, 1))
}
