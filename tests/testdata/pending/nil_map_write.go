package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("reading is fine:", m["a"])
	m["a"] = 1
}
