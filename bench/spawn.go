// 1,000,000 goroutines spawned and joined by a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 1000000; i++ {
		wg.Add(1)
		go func(k int) {
			if k%100000 == 0 {
				mu.Lock()
				total++
				mu.Unlock()
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
