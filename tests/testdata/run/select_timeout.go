package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan int)
	go func() {
		time.Sleep(500 * time.Millisecond)
		slow <- 1
	}()
	select {
	case v := <-slow:
		fmt.Println("value", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	fast := make(chan int, 1)
	fast <- 7
	select {
	case v := <-fast:
		fmt.Println("value", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	fmt.Println(1500*time.Millisecond, 2*time.Hour+3*time.Minute, 1234*time.Nanosecond, time.Duration(0))
}
