package main

import (
	"fmt"
	"math"
	"strconv"
)

const (
	A = 1 + 2i
	B = A * A / (3 - 1i)
	R = real(B)
	I = imag(B)
)

func main() {
	var z complex64 = 1 + 2i
	x := 3 + 0i
	var fl float64 = 2 + 0i
	var n int = 4 + 0i
	fmt.Println(z, x, fl, n, A, B, R, I)
	fmt.Println(real(2i*3), imag(2i*3), int(real(A)), complex(R, I) == B)
	fmt.Printf("%T %T %T\n", x, B, R)
	var c64 complex64 = complex64(B)
	fmt.Println(c64, complex128(c64) == B)
	z *= z
	z -= 1
	z /= 2i
	fmt.Println(z, -z, +z)
	var y float32 = 0.1
	w := complex(y, 2*y)
	fmt.Println(w, real(w)+imag(w))
	h := 1e308 + 1e308i
	fmt.Println(h*h, h/h, h+h)

	var zero complex128
	fmt.Println(1/zero, zero/zero, (1+1i)/zero)
	println(A, z, R, 1i)
	println(complex64(B))
}

func init() {
	fmt.Println(strconv.FormatComplex(1.5-2i, 'f', 2, 128), strconv.FormatComplex(complex128(complex64(0.1+0.3i)), 'g', -1, 64))
	fmt.Println(strconv.FormatComplex(complex(math.Inf(1), math.NaN()), 'e', 3, 128))
}
