// sync/atomic on every kind of location gojc represents differently: package variables, struct
// fields, local variables, array and slice elements; each operation, unsigned wrap-around, and
// concurrent adds from several goroutines that must all count.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	g32  int32
	g64  int64
	gu32 uint32
	gu64 uint64
	gptr uintptr
)

type counters struct {
	a int32
	b int64
	c uint32
	d uint64
	e uintptr
	t atomic.Int64
	u atomic.Uint32
	f atomic.Bool
}

func exercise32(name string, p *int32) {
	fmt.Println(name, atomic.AddInt32(p, 5), atomic.AddInt32(p, -7), atomic.LoadInt32(p))
	atomic.StoreInt32(p, 1<<30)
	fmt.Println(name, atomic.AddInt32(p, 1<<30), atomic.SwapInt32(p, 9), atomic.LoadInt32(p))
	fmt.Println(name, atomic.CompareAndSwapInt32(p, 8, 1), atomic.CompareAndSwapInt32(p, 9, 2), *p)
}

func exercise64(name string, p *int64) {
	fmt.Println(name, atomic.AddInt64(p, 5), atomic.AddInt64(p, -7), atomic.LoadInt64(p))
	atomic.StoreInt64(p, 1<<62)
	fmt.Println(name, atomic.AddInt64(p, 1<<62), atomic.SwapInt64(p, 9), atomic.LoadInt64(p))
	fmt.Println(name, atomic.CompareAndSwapInt64(p, 8, 1), atomic.CompareAndSwapInt64(p, 9, 2), *p)
}

func exerciseU(name string, p32 *uint32, p64 *uint64, pp *uintptr) {
	fmt.Println(name, atomic.AddUint32(p32, ^uint32(0)), atomic.AddUint64(p64, ^uint64(2)), atomic.AddUintptr(pp, 3))
	fmt.Println(name, atomic.SwapUint32(p32, 7), atomic.SwapUint64(p64, 8), atomic.SwapUintptr(pp, 9))
	fmt.Println(name, atomic.CompareAndSwapUint32(p32, 7, 70), atomic.CompareAndSwapUint64(p64, 7, 80),
		atomic.CompareAndSwapUintptr(pp, 9, 90))
	atomic.StoreUint32(p32, 1)
	atomic.StoreUint64(p64, 2)
	atomic.StoreUintptr(pp, 3)
	fmt.Println(name, atomic.LoadUint32(p32), atomic.LoadUint64(p64), atomic.LoadUintptr(pp))
}

func main() {
	exercise32("global", &g32)
	exercise64("global", &g64)
	exerciseU("global", &gu32, &gu64, &gptr)

	var c counters
	exercise32("field", &c.a)
	exercise64("field", &c.b)
	exerciseU("field", &c.c, &c.d, &c.e)

	var l32 int32
	var l64 int64
	var lu32 uint32
	var lu64 uint64
	var lp uintptr
	exercise32("local", &l32)
	exercise64("local", &l64)
	exerciseU("local", &lu32, &lu64, &lp)

	arr := [3]int32{}
	s := make([]int64, 3)
	exercise32("array", &arr[1])
	exercise64("slice", &s[2])
	fmt.Println(arr, s)

	var wg sync.WaitGroup
	hp := new(counters)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				atomic.AddInt32(&g32, 1)
				atomic.AddInt64(&hp.b, 2)
				atomic.AddInt64(&s[0], 3)
				hp.t.Add(4)
				hp.u.Add(1)
				for {
					old := atomic.LoadUint64(&hp.d)
					if atomic.CompareAndSwapUint64(&hp.d, old, old+5) {
						break
					}
				}
			}
			hp.f.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(g32, hp.b, s[0], hp.t.Load(), hp.u.Load(), hp.d, hp.f.Load())
}
