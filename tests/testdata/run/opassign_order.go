package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	f := func() int { m["a"] = 100; return 1 }
	m["a"] += f()
	fmt.Println(m["a"])
	s := []int{1, 2}
	g := func() int { s[0] = 50; return 1 }
	s[0] += g()
	fmt.Println(s[0])
	x := 1
	h := func() int { x = 7; return 1 }
	x += h()
	fmt.Println(x)
	type T struct{ v int }
	t := &T{1}
	k := func() int { t.v = 9; return 1 }
	t.v += k()
	fmt.Println(t.v)
}

var calls []string

func idx(i int) int { calls = append(calls, fmt.Sprint("idx", i)); return i }
func val(v int) int { calls = append(calls, fmt.Sprint("val", v)); return v }

func init() {
	a := []int{1, 2, 3}
	a[idx(1)] += val(10)
	a[idx(2)] <<= uint(val(2))
	m := map[int]string{}
	m[idx(3)] += fmt.Sprint(val(4))
	fmt.Println(a, m, calls)
}
