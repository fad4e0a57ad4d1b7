// A mix the scheduler must finish the same way every time: a channel pipeline whose workers
// call Gosched, CPU-bound goroutines under a mutex, a ticker, select with timeouts, and
// GOMAXPROCS changing between 1 and 2 while it all runs.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 3
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	results := make(chan int, 10)
	// pipeline
	src := make(chan int)
	go func() {
		for i := 0; i < 20000; i++ {
			src <- i
		}
		close(src)
	}()
	mid := make(chan int)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range src {
				if v%1000 == 0 {
					runtime.Gosched()
				}
				mid <- v * 2
			}
		}()
	}
	go func() { wg.Wait(); close(mid) }()
	// CPU-bound goroutines alongside
	var cpu sync.WaitGroup
	for k := 0; k < 3; k++ {
		cpu.Add(1)
		go func(k int) {
			defer cpu.Done()
			r := spin(20000000 + k)
			mu.Lock()
			total += r % 7
			mu.Unlock()
		}(k)
	}
	// timers and select timeouts
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		n := 0
		for range t.C {
			n++
			if n == 20 {
				results <- n
				return
			}
		}
	}()
	sum := 0
	timeouts := 0
	for done := false; !done; {
		select {
		case v, ok := <-mid:
			if !ok {
				done = true
				break
			}
			sum += v
		case <-time.After(50 * time.Millisecond):
			timeouts++
		}
		if sum%4096 == 0 {
			runtime.GOMAXPROCS(1 + sum%2)
		}
	}
	cpu.Wait()
	fmt.Println(sum, <-results, total, timeouts >= 0)
}
