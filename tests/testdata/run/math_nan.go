// math with NaN operands of several payloads, quiet and signaling, and the other special values:
// which NaN comes out, bit for bit (Go returns some operands as they are and quiets others).
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func inputs() []float64 {
	return []float64{math.Float64frombits(0x7FF8000000000123), math.Float64frombits(0xFFF8000000000456),
		math.Float64frombits(0x7FF0000000000001), math.Float64frombits(0xFFF0000000000789), math.NaN(),
		1, math.Inf(1), math.Inf(-1), 0, -1}
}

var hash uint64

func mix(v uint64) {
	hash ^= v
	hash *= 1099511628211
}

func p(name string, i int, x, r float64) {
	mix(math.Float64bits(r))
	fmt.Printf(" %x", math.Float64bits(r))
}

func main() {
	in := inputs()
	f1 := map[string]func(float64) float64{
		"Sqrt": math.Sqrt, "Cbrt": math.Cbrt, "Exp": math.Exp, "Expm1": math.Expm1, "Exp2": math.Exp2, "Log": math.Log, "Log10": math.Log10, "Log2": math.Log2, "Log1p": math.Log1p,
		"Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan, "Asin": math.Asin, "Acos": math.Acos, "Atan": math.Atan, "Sinh": math.Sinh, "Cosh": math.Cosh, "Tanh": math.Tanh,
		"Asinh": math.Asinh, "Acosh": math.Acosh, "Atanh": math.Atanh, "Floor": math.Floor, "Ceil": math.Ceil, "Trunc": math.Trunc, "Round": math.Round, "RoundToEven": math.RoundToEven,
		"Abs": math.Abs, "Logb": math.Logb,
		"Gamma": math.Gamma, "Erf": math.Erf, "Erfc": math.Erfc, "Erfinv": math.Erfinv, "Erfcinv": math.Erfcinv, "J0": math.J0, "J1": math.J1, "Y0": math.Y0, "Y1": math.Y1,
		"Lgamma": func(x float64) float64 { l, s := math.Lgamma(x); return l * float64(s) },
		"Jn3":    func(x float64) float64 { return math.Jn(3, x) }, "Jn-2": func(x float64) float64 { return math.Jn(-2, x) }, "Jn40": func(x float64) float64 { return math.Jn(40, x) },
		"Yn3": func(x float64) float64 { return math.Yn(3, x) }, "Yn-3": func(x float64) float64 { return math.Yn(-3, x) }, "Yn40": func(x float64) float64 { return math.Yn(40, x) },
		"Frexp":      func(x float64) float64 { f, e := math.Frexp(x); return f + float64(e)*1000 },
		"Modf":       func(x float64) float64 { a, _ := math.Modf(x); return a },
		"Modf.frac":  func(x float64) float64 { _, b := math.Modf(x); return b },
		"Sincos":     func(x float64) float64 { a, _ := math.Sincos(x); return a },
		"Sincos.cos": func(x float64) float64 { _, b := math.Sincos(x); return b },
		"Ilogb":      func(x float64) float64 { return float64(math.Ilogb(x)) },
		"Pow10":      func(x float64) float64 { return math.Pow10(int(x) % 400) },
		"Ldexp":      func(x float64) float64 { return math.Ldexp(x, int(next()%2200)-1100) },
	}
	names := []string{}
	for k := range f1 {
		names = append(names, k)
	}
	// deterministic order
	for i := 0; i < len(names); i++ {
		for j := i + 1; j < len(names); j++ {
			if names[j] < names[i] {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	for _, n := range names {
		seed = 12345
		hash = 14695981039346656037
		fmt.Print(n, ":")
		for i, x := range in {
			p(n, i, x, f1[n](x))
		}
		fmt.Printf(" hash %x\n", hash)
	}
	f2 := map[string]func(float64, float64) float64{"Pow": math.Pow, "Atan2": math.Atan2, "Hypot": math.Hypot, "Mod": math.Mod, "Remainder": math.Remainder, "Max": math.Max, "Min": math.Min, "Dim": math.Dim, "Nextafter": math.Nextafter, "Copysign": math.Copysign,
		"FMA": func(x, y float64) float64 { return math.FMA(x, y, x-y) }}
	for _, n := range []string{"Pow", "Atan2", "Hypot", "Mod", "Remainder", "Max", "Min", "Dim", "Nextafter", "Copysign", "FMA"} {
		hash = 14695981039346656037
		fmt.Print(n, ":")
		for i, x := range in {
			for j := 0; j < 12; j++ {
				y := in[(i*7+j*131)%len(in)]
				r := f2[n](x, y)
				mix(math.Float64bits(r))

			}
		}
		fmt.Printf(" hash %x\n", hash)
	}
	hash = 14695981039346656037
	for _, x := range in {
		x32 := float32(x)
		mix(uint64(math.Float32bits(math.Nextafter32(x32, float32(x*3-1)))))
	}
	fmt.Printf("Nextafter32: hash %x\n", hash)
}
