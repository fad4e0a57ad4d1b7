// Hand-specialised Sum and Max over slices (pair of sum_generic.go, the baseline for it).
package main

import "fmt"

func SumInt(xs []int) int {
	var s int
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxInt(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
}

func SumFloat(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	ints := make([]int, 1<<20)
	floats := make([]float64, 1<<20)
	for i := range ints {
		ints[i] = i * 7 % 1000
		floats[i] = float64(i%1000) * 0.5
	}
	total, best := 0, 0
	ftotal := 0.0
	for r := 0; r < 400; r++ {
		ints[r] = r
		total += SumInt(ints)
		best += MaxInt(ints)
		ftotal += SumFloat(floats)
	}
	fmt.Println(total, best, ftotal)
}
