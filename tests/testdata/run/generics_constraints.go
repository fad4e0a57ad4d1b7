package main

import (
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Ordered interface {
	Integer | Float | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func SumAll[T Integer | Float](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Stringer interface{ String() string }

type StringableInt interface {
	~int
	String() string
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func Join[T Stringer](xs []T, sep string) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

func Double[T StringableInt](x T) string { return (x * 2).String() }

// Core types: indexing, len, range, slicing over ~string | ~[]byte is not allowed, so split.
func First[S ~[]E, E any](s S) E { return s[0] }

func Len[T ~string | ~[]byte](x T) int { return len(x) }

func ByteAt[T ~string | ~[]byte](x T, i int) byte { return x[i] }

func Last[T ~[]int | ~[4]int](x T) int { return x[len(x)-1] }

func Count[M ~map[K]V, K comparable, V any](m M) (n int) {
	for range m {
		n++
	}
	return
}

func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

// Conversions between type parameters and to/from concrete types.
func ToFloat[T Integer | Float](x T) float64 { return float64(x) }

func Cast[To, From Integer](x From) To { return To(x) }

func Bytes[T ~string](s T) []byte { return []byte(s) }

func Neg[T Integer | Float](x T) T { return -x }

func Shift[T Integer](x T, n uint) T { return x << n }

func Mod[T Integer](a, b T) T { return a % b }

func Zero[T any]() T {
	var z T
	return z
}

func Equal[T comparable](a, b T) bool { return a == b }

type Point struct{ X, Y int }

type Celsius float32

func main() {
	fmt.Println(Min(3, 2), Min("b", "a"), Min(2.5, 1.5), Min[int8](-1, 1))
	fmt.Println(SumAll(1, 2, 3), SumAll(0.5, 0.25), SumAll[uint8](200, 100), float32(SumAll[Celsius](1.5, 2)))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	fmt.Println(Join([]MyInt{1, 2, 3}, ", "))
	fmt.Println(Double(MyInt(21)))
	fmt.Println(First([]string{"x", "y"}), Len("héllo"), Len([]byte{1, 2}), ByteAt("abc", 1), ByteAt([]byte("xyz"), 2))
	fmt.Println(Last([]int{1, 2, 3}), Last([4]int{4, 5, 6, 7}))
	fmt.Println(Count(map[string]int{"a": 1, "b": 2}))
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(Drain(c))
	fmt.Println(ToFloat(3), ToFloat(float32(1.5)), Cast[int8](300), Cast[uint16](-1), string(Bytes("hi")))
	fmt.Println(Neg(5), Neg(2.5), Shift(int8(1), 7), Shift(uint32(1), 31), Mod(-7, 3), Mod[uint](7, 3))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[Point]().X, Zero[[]int]() == nil)
	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal(Point{1, 2}, Point{1, 2}))
}
