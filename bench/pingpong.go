// Unbuffered ping-pong: 2,000,000 round trips between two goroutines.
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 2000000; i++ {
		ping <- i
		sum += <-pong - i
	}
	close(ping)
	fmt.Println(sum)
}
