package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks", n)
	done := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() {
		fmt.Println("after func")
		done <- true
	})
	<-done
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped", t.Stop(), t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset fired")
	fmt.Println(time.Since(start) > 40*time.Millisecond, time.Since(start) < 5*time.Second)
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Second, -3 * time.Hour, 100*time.Hour + 59*time.Second + 1} {
		fmt.Println(d.String(), int64(d))
	}
	fmt.Println(time.Duration(2500 * time.Millisecond).Seconds(), (3 * time.Second).Milliseconds())
}
