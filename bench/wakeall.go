// 300,000 goroutines each in a select, in WaitGroup.Wait and in a sync.Cond loop, all released
// at once: the wake-up paths must not deoptimize goroutine by goroutine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 300000
	gate := make(chan struct{})
	other := make(chan int)
	var ready, done sync.WaitGroup
	var start sync.WaitGroup
	start.Add(1)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	released := false
	for i := 0; i < n; i++ {
		ready.Add(3)
		done.Add(3)
		go func() {
			ready.Done()
			select {
			case <-gate:
			case <-other:
			}
			done.Done()
		}()
		go func() {
			ready.Done()
			start.Wait()
			done.Done()
		}()
		go func() {
			mu.Lock()
			ready.Done()
			for !released {
				cond.Wait()
			}
			mu.Unlock()
			done.Done()
		}()
	}
	ready.Wait()
	close(gate)
	start.Done()
	mu.Lock()
	released = true
	cond.Broadcast()
	mu.Unlock()
	done.Wait()
	fmt.Println("released", n)
}
