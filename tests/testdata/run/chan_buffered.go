package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for s := range ch {
		fmt.Println(s)
	}
	s, ok := <-ch
	fmt.Printf("%q %v\n", s, ok)
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
	type pair struct{ a, b int }
	pc := make(chan pair, 2)
	p := pair{1, 2}
	pc <- p
	p.a = 10
	q := <-pc
	fmt.Println(q.a, q.b, p.a)
}
