// fmt's fixed-precision float verbs (%.Nf %.Ne %.Ng, float32 and float64) on values whose shortest
// digits decide the rounding and on those that need the exact binary value (ties, large
// integers, tiny and subnormal numbers).
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e-7, 123456.789, 1 << 60, 1<<53 + 1,
		9.995, 99.95, 0.0004, 0.0005, 0.0006, 0.05, 0.15, 0.25, 0.35, 1e21, 1e22, 123e300, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64 * 3, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 999.9999, 9.5, 10.5,
		4.35, 4.45, 1234.5, 0.045, 8.345, 1e15 + 0.3, 4503599627370495.5, 0.000123456}
	x := 0.7
	for i := 0; i < 40; i++ {
		x = math.Mod(x*7919.123+0.31, 1000)
		vals = append(vals, x, x/1e6, x*1e9, float64(i)/7, float64(i)*1.0001/3, float64(i)/8)
	}
	for _, v := range vals {
		for _, p := range []int{0, 1, 2, 3, 6, 10, 17} {
			fmt.Printf("%.*f %.*e %.*g %.*f %.*e|", p, v, p, -v, p, v, p, float32(v), p, float32(v))
		}
		fmt.Println()
	}
}
