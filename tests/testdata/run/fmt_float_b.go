// fmt's %b on floats and complex numbers: strconv's binary mantissa-exponent form, with flags.
package main

import "fmt"

func main() {
	fmt.Printf("%b|%b|%+b|%30b|%-30b|%#b|%b|%b\n", 1+2i, float32(0.1), 3.5, -2.25, 1e-310, 0.5, complex64(1-1i), -0.0)
	var x interface{} = 2.5
	fmt.Printf("%b %v\n", x, x)
}
