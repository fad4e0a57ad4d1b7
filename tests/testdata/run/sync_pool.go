// sync.Pool: Get returns a value Put earlier or calls New; values are never shared.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type buffer struct{ b []byte }

func (b *buffer) WriteString(s string) { b.b = append(b.b, s...) }
func (b *buffer) String() string       { return string(b.b) }
func (b *buffer) Reset()               { b.b = b.b[:0] }
func (b *buffer) Len() int             { return len(b.b) }

func main() {
	var p sync.Pool
	fmt.Println("empty, no New:", p.Get())
	p.Put(nil) // ignored
	fmt.Println("after Put(nil):", p.Get())
	p.Put("a")
	fmt.Println("after Put(a):", p.Get())
	fmt.Println("again:", p.Get())

	var made int32
	bufs := sync.Pool{New: func() any {
		atomic.AddInt32(&made, 1)
		return new(buffer)
	}}
	b := bufs.Get().(*buffer)
	b.WriteString("hello")
	fmt.Println(b.String(), atomic.LoadInt32(&made))
	b.Reset()
	bufs.Put(b)
	b2 := bufs.Get().(*buffer)
	fmt.Println("reused:", b2 == b, "len:", b2.Len(), "made:", atomic.LoadInt32(&made))
	bufs.Put(b2)

	// concurrent users: every value is held by one goroutine at a time
	type obj struct{ owner int32 }
	var objs sync.Pool
	objs.New = func() any { return new(obj) }
	var wg sync.WaitGroup
	var bad int32
	for g := int32(1); g <= 8; g++ {
		wg.Add(1)
		go func(g int32) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				o := objs.Get().(*obj)
				if !atomic.CompareAndSwapInt32(&o.owner, 0, g) {
					atomic.AddInt32(&bad, 1)
				}
				atomic.StoreInt32(&o.owner, 0)
				objs.Put(o)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("shared values:", bad)

	// many values in, every one comes back out at most once
	var ints sync.Pool
	for i := 0; i < 100; i++ {
		ints.Put(i)
	}
	seen := map[int]bool{}
	for {
		v := ints.Get()
		if v == nil {
			break
		}
		if seen[v.(int)] {
			fmt.Println("twice:", v)
		}
		seen[v.(int)] = true
	}
	fmt.Println("distinct values back:", len(seen) <= 100)
}
