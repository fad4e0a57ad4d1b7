package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "unknown"
}

func main() {
	for i := -1; i < 4; i++ {
		fmt.Println(i, classify(i))
	}
	fmt.Println(day(0), day(3), day(9))
	sum := 0
	for i := 0; i < 100; i++ {
		if i%3 == 0 {
			continue
		}
		if i > 50 {
			break
		}
		sum += i
	}
	fmt.Println("sum", sum)
	n := 0
	for n < 5 {
		n++
	}
	fmt.Println("n", n)
	k := 0
	for {
		k += 7
		if k > 30 {
			break
		}
	}
	fmt.Println("k", k)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}
	if x := 10; x > 5 {
		fmt.Println("x big", x)
	} else if x > 2 {
		fmt.Println("x medium")
	} else {
		fmt.Println("x small")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("fall start")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	default:
		fmt.Println("not here")
	}
	var v int
	var s string
	var f float64
	var b bool
	fmt.Println(v, s, f, b, len(s))
	const (
		A = iota
		B
		C
	)
	fmt.Println(A, B, C)
}
