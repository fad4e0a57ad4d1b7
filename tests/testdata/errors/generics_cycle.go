package main

import "fmt"

func Depth[T any](n int, x T) string {
	if n == 0 {
		return fmt.Sprint(x)
	}
	return Depth(n-1, []T{x})
}

func main() {
	fmt.Println(Depth(3, 1))
}
