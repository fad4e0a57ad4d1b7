// A goroutine spinning in range loops (over a slice, an array, a string and a map) must not keep
// the only carrier from the others under GOMAXPROCS(1): range back-edges poll for preemption.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
)

var stop atomic.Bool

func spinSlice(s []int) int {
	n := 0
	for range s {
		for _, v := range s {
			if stop.Load() {
				return n
			}
			n += v
		}
	}
	return n
}

var a [1 << 16]byte

func spinArray() int {
	n := 0
	for range a {
		for i := range a {
			if stop.Load() {
				return n
			}
			n += i
		}
	}
	return n
}

func spinString(s string) int {
	n := 0
	for range s {
		for _, r := range s {
			if stop.Load() {
				return n
			}
			n += int(r)
		}
	}
	return n
}

func spinMap(m map[int]int) int {
	n := 0
	for range m {
		for k := range m {
			for range m {
				if stop.Load() {
					return n
				}
				n += k
			}
		}
	}
	return n
}

func run(name string, spin func() int) {
	stop.Store(false)
	go func() {
		fmt.Println(name, "other goroutine ran")
		stop.Store(true)
	}()
	n := spin()
	fmt.Println(name, "spinner stopped", n >= 0)
}

func main() {
	runtime.GOMAXPROCS(1)
	s := make([]int, 1<<20)
	for i := range s {
		s[i] = i & 1
	}
	str := strings.Repeat("héllo, wörld ", 100000)
	m := map[int]int{}
	for i := 0; i < 20000; i++ {
		m[i] = i
	}
	run("slice", func() int { return spinSlice(s) })
	run("array", func() int { return spinArray() })
	run("string", func() int { return spinString(str) })
	run("map", func() int { return spinMap(m) })
}
