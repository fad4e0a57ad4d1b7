package main

import (
	"fmt"
	"time"
)

func spin(n int) {
	for {
		n++
		if n < 0 {
			fmt.Println("never")
		}
	}
}

func sleeper() {
	time.Sleep(10 * time.Second)
	fmt.Println("too late")
}

func main() {
	go spin(0)
	go sleeper()
	fmt.Println("main done")
}
