package main

import "fmt"

type P struct{ X, Y int }

func main() {
	s := []int{1, 2, 3, 4}
	for i, v := range s {
		if i == 0 {
			s[2] = 30          // later elements are read live
			s = append(s, 99)  // the range keeps the original slice and length
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(len(s))

	var nilS []string
	for i := range nilS {
		fmt.Println("never", i)
	}
	b := []byte{0, 127, 128, 255}
	for _, c := range b {
		fmt.Print(c, " ")
	}
	i8 := []int8{-128, -1, 0, 127}
	for _, c := range i8 {
		fmt.Print(c, " ")
	}
	u16 := []uint16{0, 65535}
	i16 := []int16{-32768, 32767}
	for k := range u16 {
		fmt.Print(u16[k], i16[k], " ")
	}
	fs := []float32{1.5, -2.25}
	bs := []bool{true, false}
	for k, f := range fs {
		fmt.Print(f, bs[k], " ")
	}
	fmt.Println()
	ps := []P{{1, 2}, {3, 4}}
	for _, p := range ps {
		p.X = 100 // a copy
	}
	for i := range ps {
		ps[i].Y *= 10
	}
	fmt.Println(ps)
	var is []interface{} = []interface{}{1, "a", nil, P{5, 6}}
	for i, v := range is {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sub := []int{0, 1, 2, 3, 4, 5, 6, 7}[2:5]
	sum := 0
	for _, v := range sub {
		sum += v
	}
	fmt.Println(sum)
	var k, v int
	for k, v = range []int{7, 8, 9} {
	}
	fmt.Println(k, v)
	ss := [][]int{{1}, {2, 3}}
	for _, inner := range ss {
		for _, x := range inner {
			fmt.Print(x)
		}
	}
	fmt.Println()
	fn := []func() int{func() int { return 1 }, func() int { return 2 }}
	for _, f := range fn {
		fmt.Print(f())
	}
	fmt.Println()
}
