package main

import (
	"fmt"
	"sort"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Namer interface{ Name() string }
type nm struct{ n string }

func (x nm) Name() string { return x.n }

type wrap struct {
	Namer
	k int
}

func main() {
	s := []int{3, 1, 2, 5, 4}
	sort.Sort(reverse{sort.IntSlice(s)})
	fmt.Println(s)
	r := reverse{sort.IntSlice(s)}
	fmt.Println(r.Len())
	r.Swap(0, 1)
	fmt.Println(s)
	w := wrap{nm{"a"}, 1}
	fmt.Println(w.Name())
	var n Namer = w
	fmt.Println(n.Name())
	pw := &w
	n = pw
	fmt.Println(n.Name(), pw.Name())
}
