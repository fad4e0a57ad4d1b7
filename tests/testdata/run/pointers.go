package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newCounter() *int {
	c := 0
	return &c
}

func main() {
	x := 1
	p := &x
	*p = 5
	inc(&x)
	fmt.Println(x, *p, p == &x)
	c := newCounter()
	inc(c)
	inc(c)
	fmt.Println(*c)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	fmt.Println(s)
	pt := new(Node)
	pt.Val = 42
	fmt.Println(pt.Val, pt.Next == nil)
	n2 := *pt
	n2.Val = 1
	fmt.Println(pt.Val, n2.Val)
	pp := &pt
	(*pp).Val = 7
	fmt.Println(pt.Val)
	var np *Node
	fmt.Println(np == nil, np)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[0] = 10
	fmt.Println(arr, len(ap))
}
