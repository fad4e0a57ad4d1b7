package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string {
	if d == Sunday {
		return "Sun"
	}
	return "Mon"
}

type Celsius float64

type Inner struct {
	Name string
	tags []string
}

type Outer struct {
	In    Inner
	P     *Point
	Any   interface{}
	Day   Weekday
	day   Weekday
	M     map[string]int
	Err   error
	Bytes []byte
}

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS(%d)", p.N) }

type Matrix [2][2]int

type Names []string

type node struct {
	val  int
	next *node
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", &p, &p, &p)
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v %#v %T\n", np, np, np, np)
	var i interface{} = np
	fmt.Println(i == nil, i)

	fmt.Println(Sunday, Monday, []Weekday{Monday, Sunday})
	fmt.Printf("%d %v %s %T\n", Monday, Monday, Monday, Monday)
	fmt.Println(Celsius(36.6), []Celsius{1.5, 2})
	fmt.Printf("%v %.1f %T\n", Celsius(20), Celsius(20), Celsius(20))

	a := [3]int{1, 2, 3}
	fmt.Println(a, a[:2], len(a))
	fmt.Printf("%v %#v %T %T\n", a, a, a, a[:])
	var ns []int
	fmt.Println(ns, len(ns))
	fmt.Printf("%v %#v %T\n", ns, ns, ns)
	fmt.Printf("%d %x %X %o\n", []int{10, 11}, []int{255, 16}, []int{255}, []int{8})
	fmt.Printf("%#v %#v\n", []string{"a", "b"}, []interface{}{1, "x", nil})
	fmt.Println([]interface{}{1, "a", nil, 2.5, true})
	fmt.Println([][]int{{1, 2}, {3}}, [2][2]string{{"a", "b"}, {"c", "d"}})

	b := []byte("hi!")
	fmt.Println(b)
	fmt.Printf("%s %q %x %X %v %d\n", b, b, b, b, b, b)
	fmt.Printf("%#v %T\n", b, b)
	fmt.Printf("%x %X % x %q\n", "hello", "hi", "abc", "tab\there")

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v %#v %T\n", m, m, m)
	var nm map[string]bool
	fmt.Println(nm, len(nm))
	fmt.Printf("%#v\n", nm)
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "x"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"})
	fmt.Println(map[Weekday]int{Monday: 1, Sunday: 0})
	fmt.Println(map[string][]int{"x": {1}, "a": nil})

	o := Outer{In: Inner{"in", []string{"t"}}, P: &p, Any: 42, Day: Monday, day: Sunday,
		M: map[string]int{"k": 1}, Err: errors.New("boom"), Bytes: []byte("ab")}
	s := fmt.Sprintf("%v", o)
	fmt.Println(s[:4], len(s) > 10)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%v %+v\n", o.Day, o.day)
	fmt.Println(Outer{}.Any, Outer{}.P, Outer{}.M, Outer{}.Err)
	fmt.Printf("%+v\n", Outer{})

	ps := PtrStringer{7}
	fmt.Println(ps, &ps)
	fmt.Println([]*PtrStringer{&ps})
	fmt.Println(Matrix{{1, 2}, {3, 4}}, Names{"x", "y"})
	fmt.Printf("%T %T %#v\n", Matrix{}, Names{}, Names{"z"})

	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon)
	fmt.Printf("%+v %T\n", anon, anon)
	fmt.Printf("%#v\n", anon)

	n := &node{1, &node{2, nil}}
	fmt.Printf("%v %+v\n", n.next.next, *n.next)

	var e error
	fmt.Println(e)
	fmt.Printf("%v %T\n", e, e)
	var f func(int) string
	fmt.Printf("%T %v\n", f, f == nil)
	fmt.Printf("%T %T %T\n", main, fmt.Sprintf, errors.New)
	ch := make(chan int)
	fmt.Printf("%T\n", ch)
	fmt.Printf("%v|%6v|%-6v|%06d\n", []int{1}, 42, true, -42)
	fmt.Printf("%t %v %08.3f %+d %x\n", true, false, 3.14159, 5, -255)
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%!%z %d\n", 3)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	var ip *int
	x := 5
	ip2 := &x
	fmt.Println(ip, ip2 != nil, *ip2)
	fmt.Printf("%v %T %T\n", ip, ip, ip2)
	var ia interface{} = []int{1}
	_, isInts := ia.([]int)
	_, isInt64s := ia.([]int64)
	fmt.Println(isInts, isInt64s)
	switch v := ia.(type) {
	case []string:
		fmt.Println("strings", v)
	case []int:
		fmt.Println("ints", v)
	}
}
