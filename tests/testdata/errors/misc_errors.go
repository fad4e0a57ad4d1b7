package main

import "fmt"

func get() (int, int) { return 1, 2 }

func main() {
	x := 1
	switch x {
	case 1:
	case 1:
	}
	m := map[string]int{"a": 1, "a": 2}
	fmt.Println(m)
	break
L:
	for {
	}
	get() = 5
	"abc"[0] = 'x'
	var s string = x
	fmt.Println(s + 1)
	undefinedFunc(3)
	continue
}
