package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *List) String() string {
	if l == nil {
		return "nil-list"
	}
	return fmt.Sprintf("(%d %v)", l.Val, l.Next)
}

type Lener interface{ Len() int }

type Counter int

func (c *Counter) Inc()          { *c++ }
func (c *Counter) Len() int      { return int(*c) }
func (c Counter) String() string { return fmt.Sprintf("#%d", int(c)) }

type Bad struct{}

func (b *Bad) String() string { return fmt.Sprint(*b) }

func main() {
	var l *List
	var i Lener = l
	fmt.Println(i != nil, i.Len(), l)
	l = &List{1, &List{2, nil}}
	i = l
	fmt.Println(i.Len(), l, i)
	if p, ok := i.(*List); ok {
		fmt.Println(p.Val)
	}
	var c Counter
	var j Lener = &c
	c.Inc()
	j.(*Counter).Inc()
	fmt.Println(j.Len(), c, &c != nil)
	fmt.Printf("%v %s %d\n", j, j, c)
	var x, y interface{} = &c, &c
	fmt.Println(x == y)
	var nl1, nl2 interface{} = (*List)(nil), (*List)(nil)
	fmt.Println(nl1 == nl2, nl1 == nil)
	var b *Bad
	fmt.Println(b)
	fmt.Printf("[%v]\n", []*List{nil})
	switch v := i.(type) {
	case nil:
		fmt.Println("nil")
	case *List:
		fmt.Println("list", v.Val)
	}
}
