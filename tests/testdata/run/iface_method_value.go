package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type I interface{ M() int }
type T struct{ x int }

func (t T) M() int { return t.x }

type P struct{ y int }

func (p *P) M() int { return p.y }

type J interface {
	I
	N(string) string
}
type K struct{ T }

func (K) N(s string) string { return s + "!" }

func pair() (int, error) { return 4, nil }

func wrap() (any, error) { return pair() }

func main() {
	var i I = T{7}
	f := i.M
	fmt.Println(f())
	g := I.M
	fmt.Println(g(i))
	i = &P{8}
	f = i.M
	fmt.Println(f())
	var j J = K{T{9}}
	h := j.N
	fmt.Println(h("hi"), j.M())
	m := j.M
	fmt.Println(m())
	err := errors.New("boom")
	e := err.Error
	fmt.Println(e())
	var sb strings.Builder
	var w fmt.Stringer = &sb
	sb.WriteString("abc")
	s := w.String
	fmt.Println(s())
	var si sort.Interface = sort.StringSlice{"b", "a"}
	l := si.Len
	fmt.Println(l())
	var x any
	x, err = pair()
	fmt.Println(x, err)
	fmt.Println(wrap())
}
