// 1,000,000 goroutines parked on one channel, then released by closing it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	gate := make(chan struct{})
	var ready, done sync.WaitGroup
	for i := 0; i < 1000000; i++ {
		ready.Add(1)
		done.Add(1)
		go func() {
			ready.Done()
			<-gate
			done.Done()
		}()
	}
	ready.Wait()
	close(gate)
	done.Wait()
	fmt.Println("released")
}
