// A stackless goroutine that panics runs its deferred calls first, then the program dies as gc's.
package main

import "sync"


func worker(in <-chan int, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	for v := range in {
		if v == 3 {
			var m map[string]int
			m["x"] = v
		}
		log <- "got"
	}
}

func main() {
	in := make(chan int)
	log := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(in, &wg, log)
	for i := 1; i <= 3; i++ {
		in <- i
	}
	wg.Wait()
	// the deferred Done may wake main before the panic ends the program: main must not print
	select {}
}
