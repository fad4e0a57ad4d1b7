// Generic Sum and Max over slices (pair of sum_plain.go): instantiation per type argument must
// make these as fast as the hand-specialised versions.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
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
		total += Sum(ints)
		best += Max(ints)
		ftotal += Sum(floats)
	}
	fmt.Println(total, best, ftotal)
}
