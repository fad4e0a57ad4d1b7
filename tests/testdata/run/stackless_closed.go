// A stackless goroutine parked in a send panics when the channel is closed under it.
package main

import (
	"fmt"
	"time"
)

func sender(c chan int) {
	c <- 1
	c <- 2
}

func main() {
	c := make(chan int)
	go sender(c)
	fmt.Println(<-c)
	time.Sleep(20 * time.Millisecond)
	close(c)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
