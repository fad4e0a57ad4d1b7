// Concurrent prime sieve: the first 2000 primes through a chain of filter goroutines.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	last := 0
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 2000; i++ {
		prime := <-ch
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println(last)
}
