// A stackless goroutine whose function starts another goroutine running the same function.
package main

import "fmt"

func chain(n int, sum int, done chan<- int) {
	if n == 0 {
		done <- sum
		return
	}
	go chain(n-1, sum+n, done)
}

func main() {
	done := make(chan int)
	go chain(1000, 0, done)
	fmt.Println(<-done)
}
