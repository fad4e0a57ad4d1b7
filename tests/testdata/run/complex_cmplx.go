package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	xs := []complex128{0, 1, -1, 1i, -1i, 3 + 4i, -2.5 + 0.5i, 1e300 + 1e300i, 1e-300 - 2e-300i, complex(math.Inf(1), 1), complex(1, math.NaN())}
	for _, x := range xs {
		fmt.Println(x, cmplx.Abs(x), cmplx.Phase(x), cmplx.Conj(x), cmplx.IsNaN(x), cmplx.IsInf(x))
		fmt.Println(" sqrt", cmplx.Sqrt(x), "exp", cmplx.Exp(x), "log", cmplx.Log(x))
		fmt.Println(" sin", cmplx.Sin(x), "cos", cmplx.Cos(x), "sinh", cmplx.Sinh(x), "cosh", cmplx.Cosh(x))
		fmt.Println(" pow", cmplx.Pow(x, 2), cmplx.Pow(x, 0.5+1i), cmplx.Pow(x, -1))
		r, th := cmplx.Polar(x)
		fmt.Println(" polar", r, th, cmplx.Rect(r, th), cmplx.Log10(x))
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Pow(0, -1+1i), cmplx.Pow(0, 2))
	fmt.Printf("%.3f %8.2e %g\n", cmplx.Exp(1i*math.Pi)+1, cmplx.Sqrt(-4), cmplx.Sqrt(2i))
}
