package main

import "fmt"

type I interface{ M() int }
type T struct{ x int }

func (t T) M() int { return t.x }

func main() {
	var i I = T{7}
	f := i.M
	fmt.Println(f())
	g := I.M
	fmt.Println(g(i))
	ch := make(chan int, 1)
	ch <- 3
	var v any
	var ok bool
	v, ok = <-ch
	fmt.Println(v, ok)
	close(ch)
	v, ok = <-ch
	fmt.Println(v, ok)
}
