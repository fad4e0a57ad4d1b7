// Goroutines that loop forever without blocking must not keep the others off the processors:
// with GOMAXPROCS(1), main and a worker still finish while three goroutines spin (gc preempts
// running goroutines since Go 1.14).
package main

import (
	"fmt"
	"runtime"
)

var counters [3]int

func spin(i int) {
	for {
		counters[i]++
	}
}

func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous setting positive:", prev > 0)
	for i := 0; i < 3; i++ {
		go spin(i)
	}
	done := make(chan int)
	go func() {
		sum := 0
		for i := 1; i <= 100; i++ {
			sum += i
			if i%40 == 0 {
				runtime.Gosched()
			}
		}
		done <- sum
	}()
	fmt.Println("worker:", <-done)
	for j := 0; j < 3; j++ {
		n := 0
		for k := 0; k < 1000; k++ {
			n += k
		}
		fmt.Println("main still runs:", n)
	}
	fmt.Println("GOMAXPROCS now:", runtime.GOMAXPROCS(0))
}
