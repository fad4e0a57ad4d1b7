// math near its boundaries: Exp and friends across the underflow and overflow edges, logarithms,
// roots, powers, trigonometric and special functions at every binary exponent; one hash of all bits.
package main

import (
	"fmt"
	"math"
)

func main() {
	var h uint64 = 14695981039346656037
	mix := func(v float64) { h ^= math.Float64bits(v); h *= 1099511628211 }
	n := 0
	for x := -760.0; x < 720; x += 0.0137 {
		mix(math.Exp(x))
		mix(math.Exp2(x * 1.45))
		mix(math.Expm1(x / 10))
		mix(math.Sinh(x / 30))
		mix(math.Tanh(x / 40))
		n++
	}
	for e := -1074; e < 1024; e++ {
		for _, m := range []float64{1, 1.1, 1.4142135623730951, 1.5, 1.99999} {
			x := math.Ldexp(m, e)
			mix(math.Log(x))
			mix(math.Log2(x))
			mix(math.Log10(x))
			mix(math.Log1p(x))
			mix(math.Sqrt(x))
			mix(math.Cbrt(x))
			mix(math.Pow(x, 0.37))
			mix(math.Pow(x, -3))
			mix(math.Pow(1.0000001, float64(e)*1e6))
			mix(math.Sin(x))
			mix(math.Cos(x))
			mix(math.Tan(x))
			mix(math.Gamma(x))
			l, _ := math.Lgamma(-x)
			mix(l)
			mix(math.Y1(x))
			mix(math.Jn(5, x))
			mix(math.Yn(7, x))
			n++
		}
	}
	fmt.Printf("%d %x\n", n, h)
}
