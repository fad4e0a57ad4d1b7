package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	var a [3]int
	a[1] = 5
	b := a
	b[2] = 7
	fmt.Println(a, b, len(a), a == b)
	c := modify(a)
	fmt.Println(a, c)
	d := [...]string{"x", "y", "z"}
	fmt.Println(d, len(d))
	e := [5]int{1, 3: 4}
	fmt.Println(e)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	grid[1][2] = 60
	fmt.Println(grid)
	for i, v := range d {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	s := e[1:4]
	s[0] = 9
	fmt.Println(e, s, cap(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	m := map[[2]int]string{{1, 2}: "a"}
	fmt.Println(m[[2]int{1, 2}])
}
