package main

import "fmt"

type IS []int
type M map[string]int

func (s *IS) Push(v int) { *s = append(*s, v) }

func main() {
	p := &IS{1, 2}
	p.Push(3)
	fmt.Println(*p, len(*p))
	m := &M{"a": 1}
	(*m)["b"] = 2
	fmt.Println(len(*m), (*m)["a"], (*m)["b"])
	q := &[]string{"x"}
	*q = append(*q, "y")
	fmt.Println(*q)
}

func init() {
	a := &[3]int{1, 2, 3}
	a[1] = 20
	fmt.Println(*a, len(a))
	var x interface{} = &IS{4}
	fmt.Printf("%T %v\n", x, *x.(*IS))
}
