package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(200 * time.Millisecond)
		fmt.Println("other done")
	}()
	defer fmt.Println("deferred runs")
	runtime.Goexit()
}
