package main

import "fmt"

type node struct {
	key         int
	left, right *node
}
type tree struct{ root *node }

func (t *tree) insert(k int) {
	p := &t.root
	for *p != nil {
		if k < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node{key: k}
}

func walk(n *node, f func(int)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key)
	walk(n.right, f)
}

func main() {
	var t tree
	for _, k := range []int{5, 3, 8, 1, 4, 9, 7} {
		t.insert(k)
	}
	walk(t.root, func(k int) { fmt.Print(k, " ") })
	fmt.Println()
}
