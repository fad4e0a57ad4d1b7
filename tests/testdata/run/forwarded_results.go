package main

import "fmt"

func two() (int, string) { return 1, "a" }
func show(n int, s string) { fmt.Println("show", n, s) }
func pair() (int, error) { return 5, nil }

func main() {
	defer show(two())
	defer fmt.Println(two())
	n, err := pair()
	fmt.Println(n, err)
	var x interface{} = 3
	fmt.Println(x)
}
