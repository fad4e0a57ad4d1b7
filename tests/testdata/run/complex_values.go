package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"sort"
)

type C complex128
type F complex64

func (c C) Abs() float64 { return cmplx.Abs(complex128(c)) }
func (f *F) Double()     { *f *= 2 }

type Abser interface{ Abs() float64 }

type P struct {
	Z   complex128
	W   [2]complex64
	Tag string
}

func pair(z complex128) (complex128, complex64) { return z * z, complex64(z) }

func apply(f func(complex128) complex128, z complex128) complex128 { return f(z) }

func main() {
	var x = 1i
	const c = 2i
	fmt.Println(x, c, c*c, x*x == -1)
	var i interface{} = c
	fmt.Printf("%T %v\n", i, i)
	var a Abser = C(3 + 4i)
	fmt.Println(a.Abs(), a)
	fmt.Printf("%T %v %+v %#v\n", a, a, C(1-1i), C(2))
	f := F(1 + 1i)
	f.Double()
	fmt.Printf("%v %T\n", f, f)
	sum := 0i
	add := func(d complex128) { sum += d }
	for k := 0; k < 4; k++ {
		add(complex(float64(k), -float64(k)))
	}
	fmt.Println(sum)
	p := P{Z: 1 + 2i, Tag: "t"}
	p.W[1] = 3
	q := p
	q.Z = 0
	fmt.Println(p, q, p == q, p.W == q.W)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	z2, z64 := pair(2 + 1i)
	fmt.Println(z2, z64)
	fmt.Println(apply(func(z complex128) complex128 { return z / 2 }, 5))
	m := map[complex128]string{3: "c", 1i: "b", -1: "a", 1 + 1i: "d"}
	fmt.Println(m)
	ch := make(chan complex64, 2)
	ch <- 1.5i
	close(ch)
	fmt.Println(<-ch, <-ch)
	switch sum {
	case 6 - 6i:
		fmt.Println("six")
	default:
		fmt.Println("other")
	}
	s := []complex128{3 + 1i, 1 + 5i, 2}
	sort.Slice(s, func(i, j int) bool { return real(s[i]) < real(s[j]) })
	fmt.Println(s)
	fmt.Printf("%6.2f|%-8.1f|%+.1e|%G\n", 1.5+2.25i, complex64(1), 1e10-1e-10i, complex(math.Inf(-1), math.NaN()))
	fmt.Printf("%d\n", 1+1i)
	fmt.Println(fmt.Sprint(complex64(0.1)), fmt.Sprintf("%v", []complex64{0.1, 0.2i}))
	var np *complex128
	fmt.Println(np == nil)
	np = &s[0]
	*np = -*np
	fmt.Println(s[0], real(*np))
	var arr [2]complex128
	arr2 := arr
	arr2[0] = 1
	fmt.Println(arr, arr2, arr == arr2)
	var u interface{} = complex64(1)
	if v, ok := u.(complex128); ok {
		fmt.Println("no", v)
	} else if w, ok := u.(complex64); ok {
		fmt.Println("yes", w)
	}
	fmt.Println(i == interface{}(2i), i == interface{}(complex64(2i)))
	nan := complex(math.NaN(), 0)
	fmt.Println(nan == nan, nan != nan)
	mm := map[interface{}]int{1i: 1, complex64(1i): 2}
	fmt.Println(len(mm), mm[1i], mm[complex64(1i)])
	rec()
	panic(C(1 + 2i))
}

func rec() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
	}()
	panic(3 - 4i)
}
