package main

import "fmt"

func producer(ch chan int, n int) {
	for i := 0; i < n; i++ {
		ch <- i * i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	sum := 0
	for v := range ch {
		fmt.Println("got", v)
		sum += v
	}
	v, ok := <-ch
	fmt.Println(sum, v, ok)
	done := make(chan bool)
	go func() {
		fmt.Println("in goroutine")
		done <- true
	}()
	<-done
	fmt.Println("done")
}
