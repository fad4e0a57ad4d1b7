package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var c atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				atomic.AddInt64(&n, 1)
				c.Add(2)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), c.Load())
	fmt.Println(atomic.CompareAndSwapInt64(&n, 10000, 5), n)
	var x int32
	atomic.StoreInt32(&x, 7)
	fmt.Println(atomic.AddInt32(&x, -2), atomic.SwapInt32(&x, 1), x)
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0)
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred before exit")
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	<-done
	fmt.Println("end")
}
