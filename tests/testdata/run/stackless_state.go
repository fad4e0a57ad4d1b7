// Goroutines whose functions park only in their own statements run stackless: their locals of
// every kind, values left on the operand stack, closures' cells and struct and array values must
// survive each parking point, in every kind of channel operation and select.
package main

import (
	"fmt"
	"runtime"
)

type point struct {
	x, y int
	name string
}

// many locals of different kinds live across sends and receives
type snapshot struct {
	b     byte
	i8    int8
	u16   uint16
	i32   int32
	u32   uint32
	f32   float32
	f64   float64
	c     complex128
	s     string
	p     point
	arr   [3]int
	sl    []int
	m     int
	iface interface{}
}

func keeper(in <-chan int, out chan<- snapshot) {
	var b byte = 7
	var i8 int8 = -3
	var u16 uint16 = 65000
	var i32 int32 = 1 << 30
	var u32 uint32 = 4000000000
	f32 := float32(1.5)
	f64 := 2.25
	c := complex(1, 2)
	s := "start"
	p := point{1, 2, "p"}
	arr := [3]int{1, 2, 3}
	sl := []int{9}
	m := map[string]int{"a": 1}
	var iface interface{} = p
	for v := range in {
		b += byte(v)
		i8 -= int8(v)
		u16 += uint16(v)
		i32 += int32(v)
		u32 += uint32(v)
		f32 *= 2
		f64 += float64(v) / 4
		c *= 2
		s += "."
		p.x += v
		arr[v%3] += v
		sl = append(sl, v)
		m[s] = v
		out <- snapshot{b, i8, u16, i32, u32, f32, f64, c, s, p, arr, sl, len(m), iface}
	}
	close(out)
}

// a value on the operand stack across a receive: the receive is an argument
func adder(in <-chan int, out chan<- int) {
	total := 0
	for i := 0; i < 5; i++ {
		total = total*10 + <-in + <-in
	}
	out <- total + <-in
}

// closures made in a stackless goroutine share its variables' cells
func counter(out chan<- func() int, done <-chan bool) {
	n := 0
	inc := func() int { n++; return n }
	out <- inc
	<-done
	n += 100
	out <- inc
}

// select with sends, receives, comma-ok and default, all in one stackless goroutine
func selector(a, b chan int, quit chan bool, report chan<- []string) {
	sent, got := 0, 0
	var log []string
	for {
		select {
		case a <- sent:
			sent++
		case v, ok := <-b:
			if !ok {
				b = nil
				log = append(log, "b closed")
				continue
			}
			got += v
		case <-quit:
			log = append(log, "quit")
			report <- log
			report <- []string{string(rune('0' + got))}
			return
		}
	}
}

// a nil channel blocks forever; the program ends anyway when main returns
func stuck(c chan int) {
	c <- 1
}

func main() {
	in := make(chan int)
	out := make(chan snapshot)
	go keeper(in, out)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	for s := range out {
		fmt.Printf("%+v\n", s)
	}

	nums := make(chan int, 3)
	sum := make(chan int)
	go adder(nums, sum)
	for i := 1; i <= 11; i++ {
		nums <- i
	}
	fmt.Println("adder", <-sum)

	fns := make(chan func() int)
	done := make(chan bool)
	go counter(fns, done)
	f := <-fns
	fmt.Println("counter", f(), f())
	done <- true
	g := <-fns
	fmt.Println("counter", g(), f())

	a, b := make(chan int), make(chan int, 2)
	quit := make(chan bool)
	report := make(chan []string)
	go selector(a, b, quit, report)
	x := 0
	for i := 0; i < 100; i++ {
		x += <-a
	}
	b <- 5
	b <- 6
	close(b)
	for i := 0; i < 10; i++ {
		x += <-a
	}
	quit <- true
	fmt.Println("selector", x, <-report, <-report)

	// a function literal started by go: arguments, and captured variables shared through cells
	base := 100
	results := make(chan int)
	feed := make(chan int)
	go func(k int) {
		s := 0
		for v := range feed {
			s += v*k + base
			base++
		}
		results <- s
	}(3)
	for i := 1; i <= 5; i++ {
		feed <- i
	}
	close(feed)
	fmt.Println("literal", <-results, base)

	var nilc chan int
	go stuck(nilc)
	runtime.Gosched()
	fmt.Println("done")
}
