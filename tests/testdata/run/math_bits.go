// math: every function of the package over special values and a spread of generated inputs,
// bit for bit. Each function prints a few results with %v and %b and a hash of all its results'
// bits (NaN payloads included).
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
	in := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 100, 1e10, 1e300, -1e300, math.Inf(1), math.Inf(-1), math.NaN(),
		math.SmallestNonzeroFloat64, math.MaxFloat64, 1e-310, -1e-310, 0.1, 0.7, 0.9, 1.5, 2.5, 5.5, 7, 25, 171, 172, -171.5, 1 << 29, 1 << 40, 1e18, 1e22, 709, 710, -745, -746, 1023.5, 1024, -1074, -1075,
		math.Pi, math.Pi / 2, math.Pi / 4, -math.Pi, 1e-5, 1e-20, math.Float64frombits(0x3FE6A09E667F3BCD), math.Float64frombits(0x3FF6A09E667F3BCD), math.Float64frombits(0x3FE6A09E667F3BCC), 0x1p-1030, 1.5e-320, 0.999999, 1.000001, -0.999999, 1 - 1e-16, -(1 - 1e-16), 0.84375, 1.25, 2.857, 6, 28, 8, 1e9, 2e9, -1e9}
	for i := 0; i < 300; i++ {
		in = append(in, (float64(next()>>11)/(1<<53))*20-10)
	}
	for i := 0; i < 300; i++ {
		e := int(next()%200) - 100
		v := math.Ldexp(float64(next()>>11)/(1<<53)+0.5, e)
		if next()&1 == 1 {
			v = -v
		}
		in = append(in, v)
	}
	for i := 0; i < 100; i++ {
		in = append(in, (float64(next()>>11)/(1<<53))*2-1)
	}
	for i := 0; i < 100; i++ {
		in = append(in, math.Float64frombits(next()))
	}
	return in
}

var hash uint64

func mix(v uint64) {
	hash ^= v
	hash *= 1099511628211
}

func p(name string, i int, x, r float64) {
	mix(math.Float64bits(r))
	if i < 20 {
		fmt.Printf(" %v", r)
	}
	if i == 20 {
		fmt.Printf(" %b", r)
	}
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
				if i < 3 && j < 4 {
					fmt.Printf(" %v", r)
				}
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
	fmt.Printf("%v %b %v %b\n", math.Gamma(0.5), math.Gamma(0.5), math.Erfinv(0.5), float32(math.Pi))
	l, s := math.Lgamma(-2.5)
	fmt.Println(l, s, math.Jn(2, 1.5), math.Yn(2, 1.5), math.Erfc(3), math.Erfcinv(1.5))
}
