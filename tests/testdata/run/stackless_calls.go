// Stackless goroutines may call functions that return promptly without parking (loop-free Go
// functions and methods, math, WaitGroup.Done, Mutex.Unlock) and defer such calls; a goroutine that
// calls something that may park or loop (a helper receiving from a channel, Mutex.Lock, a function
// value, a recursive function, strconv's formatting loops) runs on a thread of its own. Either way
// the program behaves the same.
package main

import (
	"fmt"
	"math"
	"strconv"
	"sync"
)

type acc struct {
	sum   int
	names []string
}

func (a *acc) add(v int) {
	a.sum += v
	a.names = append(a.names, string(rune('a'+v%26)))
}

func square(x int) int { return x * x }

func hypot(a, b int) float64 { return math.Sqrt(float64(square(a) + square(b))) }

// stackless: its calls never park
func worker(id int, jobs <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	var a acc
	for j := range jobs {
		a.add(square(j))
		out <- id*1000000 + int(hypot(j, id)*1000)
	}
	out <- -(id*1000000 + a.sum*10 + len(a.names))
}

// not stackless: strconv.Itoa formats in a loop
func formatter(in <-chan int, out chan<- string) {
	for v := range in {
		out <- strconv.Itoa(v)
	}
	close(out)
}

func take(c <-chan int) int { return <-c }

// not stackless: take parks
func relay(in <-chan int, out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- take(in) * 2
	}
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// not stackless: fib is recursive
func fibber(n int, out chan<- int) {
	out <- fib(n)
}

// stackless: Unlock and Done never wait (Lock is the caller's)
func unlocker(mu *sync.Mutex, wg *sync.WaitGroup, ready chan<- bool, counter *int) {
	defer wg.Done()
	ready <- true
	*counter += 10
	mu.Unlock()
}

func main() {
	jobs := make(chan int)
	out := make(chan int, 100)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(id, jobs, out, &wg)
	}
	go func() {
		for j := 1; j <= 9; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	wg.Wait()
	close(out)
	lines, done, total := 0, 0, 0
	for v := range out {
		lines++
		if v < 0 {
			done++
			total += -v % 1000000 // 10 * its sum of squares + its count: the jobs it got
		}
	}
	fmt.Println("lines", lines, "workers done", done, "total", total)

	ints, strs := make(chan int), make(chan string)
	go formatter(ints, strs)
	go func() {
		for i := 7; i < 10; i++ {
			ints <- i * 111
		}
		close(ints)
	}()
	for s := range strs {
		fmt.Println("formatted", s)
	}

	in, doubled := make(chan int), make(chan int)
	go relay(in, doubled)
	for i := 1; i <= 3; i++ {
		in <- i
		fmt.Println("relay", <-doubled)
	}

	fibs := make(chan int)
	go fibber(20, fibs)
	fmt.Println("fib", <-fibs)

	var mu sync.Mutex
	var wg2 sync.WaitGroup
	counter := 0
	ready := make(chan bool)
	mu.Lock()
	wg2.Add(1)
	go unlocker(&mu, &wg2, ready, &counter)
	<-ready
	mu.Lock()
	counter++
	mu.Unlock()
	wg2.Wait()
	fmt.Println("counter", counter)

	// a func value called in the goroutine: not stackless
	f := func(x int) int { return x + 1 }
	res := make(chan int)
	go func() { res <- f(41) }()
	fmt.Println("func value", <-res)
}
