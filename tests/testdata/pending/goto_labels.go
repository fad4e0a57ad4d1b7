package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("goto", i)
		i++
		goto loop
	}
	x := 2
	switch x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		if x > 1 {
			break
		}
		fmt.Println("not printed")
	}
outer:
	for {
		switch {
		case x > 0:
			x--
			continue outer
		default:
			break outer
		}
	}
	fmt.Println("x", x)
}
