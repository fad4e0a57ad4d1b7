// sync/atomic's typed values and function forms, and Value's panics (recovered here).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	name string
	next *node
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	var u32 atomic.Uint32
	u32.Store(10)
	fmt.Println(u32.Add(^uint32(0)), u32.Load(), u32.Swap(7), u32.CompareAndSwap(7, 1<<31), u32.CompareAndSwap(7, 8), u32.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 63)
	fmt.Println(u64.Add(1<<63+5), u64.Load(), u64.Swap(42), u64.CompareAndSwap(42, 1<<64-1), u64.Load())
	var up atomic.Uintptr
	fmt.Println(up.Add(3), up.Swap(9), up.CompareAndSwap(9, 10), up.Load())
	var b atomic.Bool
	fmt.Println(b.Swap(true), b.CompareAndSwap(true, false), b.Load())

	var x uint32
	var y uint64
	var z uintptr
	fmt.Println(atomic.SwapUint32(&x, 5), atomic.SwapUint64(&y, 6), atomic.SwapUintptr(&z, 7))
	fmt.Println(atomic.AddUintptr(&z, 1), atomic.LoadUintptr(&z), atomic.CompareAndSwapUintptr(&z, 8, 80))
	atomic.StoreUintptr(&z, 81)
	fmt.Println(z, x, y)

	// Pointer[T]: a lock-free stack pushed by many goroutines
	var head atomic.Pointer[node]
	fmt.Println(head.Load() == nil, head.CompareAndSwap(nil, &node{name: "first"}), head.Load().name)
	head.Store(nil)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				n := &node{name: fmt.Sprint(g, ":", i)}
				for {
					old := head.Load()
					n.next = old
					if head.CompareAndSwap(old, n) {
						break
					}
				}
			}
		}(g)
	}
	wg.Wait()
	count := 0
	for n := head.Load(); n != nil; n = n.next {
		count++
	}
	fmt.Println("pushed:", count)
	old := head.Swap(&node{name: "only"})
	fmt.Println(old != nil, head.Load().name, head.Load().next == nil)

	// Pointer to a non-struct type
	var pi atomic.Pointer[int]
	one, two := 1, 2
	fmt.Println(pi.Load() == nil, pi.CompareAndSwap(nil, &one), *pi.Load(), pi.CompareAndSwap(&two, nil), pi.CompareAndSwap(&one, &two), *pi.Load())
	pi.Store(nil)
	fmt.Println(pi.Load() == nil, pi.Swap(&one) == nil, pi.Load() == &one)

	// Value holding structs: copies in, copies out
	var sv atomic.Value
	nd := node{name: "v1"}
	sv.Store(nd)
	nd.name = "changed"
	got := sv.Load().(node)
	got.name += "!"
	fmt.Println(sv.Load().(node).name, got.name, sv.CompareAndSwap(node{name: "v1"}, node{name: "v2"}), sv.Load())
	try("store pointer", func() { sv.Store(&nd) })

	// Value
	var v atomic.Value
	fmt.Println(v.Load())
	fmt.Println(v.CompareAndSwap(nil, "a"), v.Load())
	fmt.Println(v.CompareAndSwap("b", "c"), v.CompareAndSwap("a", "c"), v.Load())
	fmt.Println(v.Swap("d"), v.Load())
	v.Store("e")
	fmt.Println(v.Load())
	var cfg atomic.Value
	cfg.Store(map[string]int{"n": 1})
	fmt.Println(cfg.Load().(map[string]int)["n"])
	cfg.Store(map[string]int{"n": 2})
	fmt.Println(cfg.Load().(map[string]int)["n"])

	try("store nil", func() { v.Store(nil) })
	try("store int", func() { v.Store(1) })
	try("swap nil", func() { v.Swap(nil) })
	try("swap int", func() { v.Swap(1) })
	try("cas nil", func() { v.CompareAndSwap("e", nil) })
	try("cas mixed", func() { v.CompareAndSwap("e", 1) })
	try("cas int", func() { v.CompareAndSwap(1, 2) })
	var s atomic.Value
	s.Store([]int{1})
	try("cas uncomparable", func() { s.CompareAndSwap([]int{1}, []int{2}) })
	var e atomic.Value
	try("swap empty", func() { fmt.Println(e.Swap(1.5)) })
	fmt.Println(v.Load(), e.Load())
	v.Store(nil)
}
