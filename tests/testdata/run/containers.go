package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

// A struct-based heap: gojc cannot yet put a pointer to a named slice type in an interface.
type IntHeap struct{ a []int }

func (h *IntHeap) Len() int           { return len(h.a) }
func (h *IntHeap) Less(i, j int) bool { return h.a[i] < h.a[j] }
func (h *IntHeap) Swap(i, j int)      { h.a[i], h.a[j] = h.a[j], h.a[i] }
func (h *IntHeap) Push(x any)         { h.a = append(h.a, x.(int)) }
func (h *IntHeap) Pop() any {
	n := len(h.a)
	x := h.a[n-1]
	h.a = h.a[0 : n-1]
	return x
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToBack(e1)
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	var zl list.List
	zl.PushBack("z")
	fmt.Println(zl.Len(), zl.Front().Value)

	h := &IntHeap{[]int{5, 2, 8}}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	h.a[2] = 0
	heap.Fix(h, 2)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p.(int), " ") })
	fmt.Println()
	r.Unlink(2)
	r.Move(-1).Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Len())
}
