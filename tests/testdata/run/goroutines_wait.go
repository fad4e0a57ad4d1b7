package main

import (
	"fmt"
	"time"
)

var results = make([]int, 5)

func worker(id int) {
	results[id] = id * id
}

func main() {
	for i := 0; i < 5; i++ {
		go worker(i)
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(results)
	d := 1500 * time.Millisecond
	fmt.Println(int64(d))
}
