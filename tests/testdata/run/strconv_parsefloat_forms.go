// strconv.ParseFloat on plain decimal text (signs, points, exponents, overflow, underflow, float32)
// and on the forms that take the general path (underscores, hex, inf, nan, malformed).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+1", "1.5", ".5", "5.", "1e10", "1E-10", "1e+5", "-2.5e-3",
		"123456789012345678901234567890", "0.1", "33333.333333333336", "1e308", "1e309", "-1e400",
		"1e-400", "4.9e-324", "2.2250738585072014e-308", "3.4028235e38", "1e", "1e+", ".", "-", "",
		"+.e1", "1.2.3", "1_000.5", "0x1p-2", "0X1.8P1", "inf", "-Infinity", "NaN", "+nan", "1.5d",
		" 1", "1 ", "1f", "0e0", "00012.50", "1__0"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, g, err32)
	}
}
