// A worker pool: 8 workers, 5,000,000 jobs through buffered channels.
package main

import "fmt"

func worker(jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j % 7
	}
}

func main() {
	jobs := make(chan int, 128)
	results := make(chan int, 128)
	for w := 0; w < 8; w++ {
		go worker(jobs, results)
	}
	go func() {
		for i := 0; i < 5000000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	sum := 0
	for i := 0; i < 5000000; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
