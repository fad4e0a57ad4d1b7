package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32, math.MaxUint8, math.MaxInt)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, -2.5, 0.5, -0.5, 3.7, -3.7, 1e300, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v), math.Abs(v), math.Signbit(v), math.IsNaN(v), math.IsInf(v, 0))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Pow(2, 10), math.Pow(-1, math.Inf(1)), math.Pow(1, math.NaN()), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Max(1, math.NaN()), math.Max(math.Inf(1), math.NaN()), math.Min(0, math.Copysign(0, -1)), math.Max(math.Copysign(0, -1), 0), math.Min(-3, 2))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(1, 0), math.Remainder(7, 3))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log10(1000), math.Log2(8), math.Log2(10), math.Log1p(1e-10), math.Expm1(1e-10), math.Exp2(3))
	fmt.Println(math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, -1), math.Asin(1), math.Acos(-1), math.Atan(1))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Asinh(1), math.Acosh(2), math.Atanh(0.5))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Ilogb(8), math.Logb(0.25), math.Cbrt(27), math.Hypot(3, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp, math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Nextafter(1, 2), math.Dim(5, 3), math.Dim(3, 5), math.Pow10(3), math.Pow10(-400))
	fmt.Println(math.Inf(1) > math.MaxFloat64, -math.Inf(1), math.NaN() == math.NaN())
}
