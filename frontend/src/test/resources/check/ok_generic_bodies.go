package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Stringer interface{ String() string }

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func ToFloat[T Number](x T) float64 { return float64(x) + 1 }

func FromInt[T Number](i int) T { return T(i) }

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

type Num int

func (n Num) String() string { return fmt.Sprint(int(n)) }

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.n++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	s++
	s = s / 2
	return s
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Describe[T any](x T) string {
	var i interface{} = x
	switch v := i.(type) {
	case int:
		return "int " + fmt.Sprint(v)
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(x)
}

func Send[T any](ch chan T, v T) { ch <- v }

func Neg[T Number](x T) T { return -x }

func Unused[T Ordered](x, y T) bool { return x < y && x != y }

func UnusedCall[T any](x T) *List[T] {
	l := &List[T]{}
	l.Push(x)
	_ = Filter([]T{x}, func(T) bool { return true })
	return l
}

func Concat[T ~string](a, b T) T { return a + b + "!" }

func Len[T ~string | ~[]byte](x T) int { return len(x) }

func main() {
	fmt.Println(Max(1, 2), Max("a", "b"), Scale([]int{1, 2}, 3), ToFloat(int8(3)), FromInt[float64](2))
	fmt.Println(Index([]string{"a", "b"}, "b"), Join([]Num{1, 2}))
	var l List[string]
	l.Push("x")
	l.Each(func(s string) { fmt.Println(s) })
	fmt.Println(Filter([]int{1, 2, 3}, func(i int) bool { return i > 1 }), Zero[int](), *Ptr(3), Sum(1, 2, 3))
	fmt.Println(len(Keys(map[string]int{"a": 1})), Describe(3), Describe(Num(4)), Neg(2.5), Concat("a", "b"), Len("abc"))
	ch := make(chan int, 1)
	Send(ch, 4)
	fmt.Println(<-ch)
}
