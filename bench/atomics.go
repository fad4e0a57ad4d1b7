// Contended sync/atomic: 4 goroutines each make 5,000,000 adds to an atomic.Int64, a struct
// field and a package variable.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits atomic.Int64
	n    int64
}

func main() {
	var wg sync.WaitGroup
	var s stats
	var global int64
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000000; i++ {
				s.hits.Add(1)
				atomic.AddInt64(&s.n, 2)
				atomic.AddInt64(&global, 3)
			}
		}()
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), atomic.LoadInt64(&s.n), atomic.LoadInt64(&global))
}
