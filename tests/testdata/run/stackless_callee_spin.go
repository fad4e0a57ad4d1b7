// A goroutine whose callee loops without parking (forever, or for long) must not keep the others
// off the carrier, even with a single one: the loop in the callee is preempted too.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink int

func spinForever() {
	for {
		sink++
	}
}

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		spinForever()
	}()
	results := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			results <- work(20000000)
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran")
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
}
