package main

import (
	"fmt"
	"time"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Op func(int) int

type Grid [2][3]int

type Tree struct {
	Left, Right *Tree
	Val         int
}

func main() {
	fmt.Println(time.Second, 1500*time.Millisecond)
	shapes := []Shape{Rect{1, 2}, &Circle{1}}
	for _, s := range shapes {
		fmt.Printf("%T %.1f\n", s, s.Area())
		switch v := s.(type) {
		case Rect:
			fmt.Println("rect", v.W)
		case *Circle:
			fmt.Println("circle", v.R)
		}
	}
	fmt.Println(shapes[0])
	var op Op = func(x int) int { return x * 2 }
	var a interface{} = op
	if f, ok := a.(Op); ok {
		fmt.Println(f(21))
	}
	var g Grid
	g[1][2] = 5
	fmt.Println(g, len(g))
	t := Tree{Val: 1}
	fmt.Printf("%v %+v\n", t, t)
	var ip *int
	var x interface{} = ip
	fmt.Println(x == nil, x.(*int) == nil)
	y := 3
	var p1, p2 interface{} = &y, &y
	fmt.Println(p1 == p2)
	m := map[interface{}]string{1: "int", "1": "string", 1.5: "float", true: "bool"}
	fmt.Println(m[1], m["1"], m[1.5], m[true], len(m))
	fmt.Printf("%v %d\n", [3]bool{true}, [2]int8{-1, 2})
	fmt.Printf("%5.2f|%x|%q\n", []float64{1, 2.5}, [2]string{"a", "b"}, []rune("hé"))
	fmt.Printf("%c|%U\n", []rune("ab"), 'x')
	type local struct{ a, b int }
	fmt.Printf("%v %+v %T\n", local{1, 2}, local{3, 4}, local{})
	ch := make(chan string, 1)
	var ci interface{} = ch
	_, ok := ci.(chan string)
	fmt.Println(ok)
	var e interface{} = struct{}{}
	fmt.Println(e, struct{}{} == e)
	fmt.Printf("%v %s\n", nil, nil)
	fmt.Printf("%s %d\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%v\n", [][]string{nil, {}})
	fmt.Printf("%#v %#v %#v\n", 42, uint8(7), "q")
	fmt.Printf("%#v\n", map[string][]int{"a": {1}})
	fmt.Printf("%#v %#v\n", []*int{nil}, struct{ P *int }{})
	fmt.Printf("%v %v\n", int64(-5), uint64(1<<63))
	fmt.Printf("%08b %o %#o %#x %#X\n", 5, 64, 64, 255, 255)
	fmt.Printf("%x %X\n", -1, int8(-128))
}
