package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

const (
	A = iota
	B
	C
	Big  = 1 << 62
	Half = 0.5
	Name = "gojc"
)

type Celsius float64

const Boiling Celsius = 100

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Shape interface {
	Area() float64
}

type Rect struct {
	Point
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }

var total = compute()

func compute() int { return A + B + C }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	default:
		return "pos"
	}
}

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, errors.New("missing " + k)
}

func main() {
	x := 10
	var y int64 = 3
	var f float64 = 1.5
	var b byte = 'a'
	var r rune = '世'
	s := "héllo"
	x++
	y--
	x += 2
	y <<= 2
	f *= 2
	q, rem := divmod(x, 3)
	fmt.Println(q, rem, y, f, b, r, s[1], len(s), s[1:3], total, Big, Half, Name, Boiling)
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(divmod(7, 2))
	xs := make([]int, 0, 10)
	for i := 0; i < 5; i++ {
		if i%2 == 0 {
			continue
		}
		xs = append(xs, i*i)
	}
	ys := xs[1:]
	n := copy(ys, xs)
	fmt.Println(xs, ys, n, cap(xs))
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	delete(m, "a")
	if v, err := find(m, "z"); err != nil {
		fmt.Println("error:", err, v)
	}
	for k, v := range m {
		_, _ = k, v
	}
	for i, c := range "abc" {
		fmt.Println(i, c)
	}
	var arr [3]string
	arr[0] = "x"
	for i := range arr {
		arr[i] += "!"
	}
	counter := 0
	inc := func() int {
		counter++
		return counter
	}
	inc()
	fmt.Println(inc(), counter, classify(-1))
	p := Point{1, 2}
	p.Scale(3)
	pp := &p
	pp.Scale(2)
	fmt.Println(p.Add(Point{X: 1}), pp.X)
	var sh Shape = Rect{Point{1, 1}, 2, 3}
	if rr, ok := sh.(Rect); ok {
		fmt.Println(rr.X, rr.Area())
	}
	switch v := sh.(type) {
	case nil:
		fmt.Println("nil")
	case Rect:
		fmt.Println(v.W)
	default:
		fmt.Println(v)
	}
	var sb strings.Builder
	sb.WriteString("hi")
	fmt.Println(sb.String(), strings.Repeat("-", 3))
	done := make(chan bool)
	go func() {
		done <- true
	}()
	<-done
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
			os.Exit(3)
		}
	}()
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(string(bs), len(rs), string(rune(65)), float64(x)/2, int(f))
	println("done", x)
	panic("boom")
}
