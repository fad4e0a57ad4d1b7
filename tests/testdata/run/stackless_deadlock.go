// Stackless goroutines waiting on each other and main waiting on them: gc's deadlock report.
package main

import "fmt"

func relay(in <-chan int, out chan<- int) {
	for {
		out <- <-in
	}
}

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	go relay(a, b)
	go relay(b, c)
	go relay(c, a)
	var never chan int
	go relay(never, a)
	fmt.Println("waiting")
	<-make(chan int)
}
