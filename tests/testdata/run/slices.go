package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s, len(s), cap(s), s == nil)
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
		fmt.Print(len(s), ":", cap(s), " ")
	}
	fmt.Println()
	fmt.Println(s)
	fmt.Println(s[2], s[len(s)-1], s[3:6], s[:2], s[8:])
	t := s[2:4]
	t[0] = 99
	fmt.Println(s[2], t, len(t), cap(t))
	t = append(t, -1)
	fmt.Println(s[4])
	m := make([]string, 3, 10)
	m[1] = "mid"
	fmt.Println(m, len(m), cap(m))
	m = append(m, "a", "b")
	fmt.Println(m, len(m))
	words := []string{"alpha", "beta", "gamma"}
	for i, w := range words {
		fmt.Println(i, w)
	}
	for i := range words {
		fmt.Print(i)
	}
	fmt.Println()
	total := 0
	for _, x := range []int{1, 2, 3, 4} {
		total += x
	}
	fmt.Println(total)
	fs := []float64{1.5, 2.25}
	fs = append(fs, 3)
	fmt.Println(fs)
	bs := []bool{true, false}
	fmt.Println(bs)
	c := make([]int, 2)
	n := copy(c, s)
	fmt.Println(n, c)
	u := append([]int{}, s[:3]...)
	fmt.Println(u)
	grid := [][]int{{1, 2}, {3, 4}}
	grid[1] = append(grid[1], 5)
	fmt.Println(grid, len(grid[1]))
	fmt.Printf("%v %d\n", s[:3], s[:3])
}
