package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.RWMutex
	mu.RLock()
	mu.RLock()
	mu.RUnlock()
	mu.RUnlock()
	mu.Lock()
	mu.Unlock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one done")
	}()
	wg.Wait()
}
