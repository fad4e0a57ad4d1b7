package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 4; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 50; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 50; a++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}
