package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	defer fmt.Println("deferred")
	ch <- 1
}
