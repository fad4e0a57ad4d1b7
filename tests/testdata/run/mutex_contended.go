// sync.Mutex under contention: many goroutines, some holding the lock long enough to push it
// into starvation mode, TryLock while held and free, and a Gosched inside the critical section.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				mu.Lock()
				n++
				if g == 0 && i%500 == 0 {
					time.Sleep(2 * time.Millisecond) // waiters starve: hand-off mode
				}
				if i%100 == 0 {
					runtime.Gosched()
				}
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("count:", n)

	mu.Lock()
	fmt.Println("TryLock while held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock while free:", mu.TryLock())
	mu.Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var rw sync.RWMutex
	total := 0
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.Lock()
				total++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				_ = total
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}
