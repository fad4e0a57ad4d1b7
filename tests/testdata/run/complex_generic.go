package main

import "fmt"

type Num interface {
	~int | ~float64 | ~complex64 | ~complex128
}

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Shape interface{ Area() complex128 }
type Sq struct{ side complex128 }

func (s Sq) Area() complex128 { return s.side * s.side }

func main() {
	fmt.Println(Sum(1+1i, 2+0i, 3i), Sum[complex64](1, 2i), Sum(1.5, 2.0))
	var sh Shape = Sq{1 + 1i}
	f := sh.Area
	fmt.Println(f(), sh)
	zs := make([]complex128, 3, 10)
	zs = append(zs, 1i)
	fmt.Println(zs[:cap(zs)][5], len(zs))
	var grid [2]complex64
	grid[1] = 7i
	g2 := grid
	g2[1] += 1
	fmt.Println(grid, g2)
	type pt struct{ c complex64 }
	ps := make([]pt, 2)
	ps[0].c = 1
	fmt.Println(ps)
	for i, z := range []complex64{1, 2i} {
		fmt.Print(i, z, " ")
	}
	fmt.Println()
	var e interface{} = Sq{}
	fmt.Printf("%v %+v\n", e, e)
}
