// A stackless goroutine that loops without parking is preempted at its loop's back-edge, so the
// others get the carrier, even with a single one.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var counter int

func spin(stop <-chan bool) {
	for {
		counter++
		if counter%1000000 == 0 {
			select {
			case <-stop:
				return
			default:
			}
		}
	}
}

func busy() {
	x := 0
	for {
		x++
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	stop := make(chan bool)
	go spin(stop)
	go busy()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main ran")
	stop <- true
	fmt.Println("spinner stopped", counter > 0)
}
