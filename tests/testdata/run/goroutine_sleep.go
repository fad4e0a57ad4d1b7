package main

import (
	"fmt"
	"time"
)

func say(message string) {
	for i := 0; i < 3; i++ {
		fmt.Println(message)
		time.Sleep(100 * time.Millisecond)
	}
}

func main() {
	go say("Hello from the goroutine!")
	time.Sleep(50 * time.Millisecond)
	say("Hello from main!")
}
