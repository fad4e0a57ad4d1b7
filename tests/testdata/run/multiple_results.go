package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(x int) (double, triple int) {
	double = x * 2
	triple = x * 3
	return
}

func swap(a, b string) (string, string) { return b, a }

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	d, t := named(7)
	fmt.Println(d, t)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(sum3(three()))
	_, only := divmod(9, 4)
	fmt.Println(only)
	fmt.Println(divmod(100, 7))
}
