package main

import "fmt"

type T struct{ v int }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.v)
}
