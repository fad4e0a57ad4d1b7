// A ring of 1000 goroutines passing a token around 1000 times.
package main

import "fmt"

func main() {
	const n = 1000
	first := make(chan int)
	in := first
	for i := 0; i < n-1; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	total := 0
	for lap := 0; lap < 1000; lap++ {
		first <- 0
		total += <-last
	}
	close(first)
	fmt.Println(total)
}
