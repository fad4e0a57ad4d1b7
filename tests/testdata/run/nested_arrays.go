package main

import "fmt"

type P struct{ X int }

func main() {
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 100
	fmt.Println(grid, g2)
	ps := [2][1]P{{{1}}, {{2}}}
	qs := ps
	qs[1][0].X = 20
	fmt.Println(ps, qs)
	names := [1][2]string{{"a", "b"}}
	n2 := names
	n2[0][1] = "z"
	fmt.Println(names, n2, grid == [2][2]int{{1, 2}, {3, 4}})
}
