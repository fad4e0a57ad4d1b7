// A runtime error in a stackless goroutine ends the program as gc does.
package main

import "fmt"

func worker(in <-chan int, done chan<- bool) {
	var table [4]int
	for v := range in {
		table[v]++
		done <- true
	}
}

func main() {
	in := make(chan int)
	done := make(chan bool)
	go worker(in, done)
	for i := 1; i < 10; i++ {
		in <- i
		<-done
		fmt.Println("ok", i)
	}
}
