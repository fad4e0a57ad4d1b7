// FormatFloat with precision -1 in every format, 64 and 32 bits: zeros, one- and two-digit
// values, powers of ten at the 'g' switch points, extremes, subnormals.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.25, 2.5, 9.5, 95, 0.001, 0.0001, 0.00001,
		1e-5, 1.5e-5, 123456, 1234567, 999999, 1e6, 1e20, 1e21, 1e22, 1e23, 100, 1.0001, 1.0 / 3,
		2.0 / 3, 3.3336666666666663, 123456789.125, 5e-324, 1e-323, 2.2250738585072014e-308,
		math.MaxFloat64, math.SmallestNonzeroFloat32, math.MaxFloat32, 1e100, 1.5e-100, 9.9e-100,
		4.940656458412465e-324, 0.3, 7e22, 1 << 53, 1<<53 + 2, 33554432, 16777216, 1.1e-7,
		float64(float32(0.1)), 1e15, 1e16, 123e-20, math.Inf(1), math.NaN()}
	for _, v := range vals {
		for _, f := range []byte{'g', 'G', 'e', 'E', 'f'} {
			fmt.Print(strconv.FormatFloat(v, f, -1, 64), " ", strconv.FormatFloat(-v, f, -1, 32), " ")
		}
		fmt.Println()
	}
	x := 1e-310
	for i := 0; i < 700; i++ {
		x *= 3.1
		fmt.Print(strconv.FormatFloat(x, 'g', -1, 64), " ", strconv.FormatFloat(x, 'g', -1, 32), " ")
		if i%8 == 7 {
			fmt.Println()
		}
	}
	fmt.Println()
}
