package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func g(a, b int) int { return a + b }

func main() {
	_ = f(1)
	_ = g(1)
	_ = g(1, 2, 3)
	var s string = 5
	_ = s
}
