package main

import "fmt"

type C complex128

type S struct {
	a complex64
	b complex128
	n string
}

func div(a, b complex128) complex128 { return a / b }

func main() {
	var z complex128
	fmt.Println(z)
	a := complex(1, 2)
	b := 3 + 4i
	fmt.Println(a, b, a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(b), imag(b), a == b, a != b, a == complex(1, 2))
	var f complex64 = complex64(a) / 3
	fmt.Println(f, complex128(f), real(f))
	fmt.Printf("%v %.2f %g %e %T %T\n", a, a, b, b, a, f)
	fmt.Printf("%8.3f|%+v|%v\n", a, a, C(a))
	println(a, f)
	var s S
	fmt.Println(s, s.a == 0)
	s.b = 1i
	fmt.Printf("%+v\n", s)
	xs := []complex128{1, 2i, 3 + 3i}
	xs = append(xs, 5)
	fmt.Println(xs, len(xs), make([]complex64, 2))
	m := map[complex128]int{1i: 1, 2: 2}
	m[1i]++
	fmt.Println(m[1i], m[2], m[3])
	var i interface{} = a
	switch v := i.(type) {
	case complex64:
		fmt.Println("c64", v)
	case complex128:
		fmt.Println("c128", v)
	}
	_, ok := i.(complex64)
	fmt.Println(ok, i == a)
	var arr [3]complex64
	arr[1] = 2 + 1i
	fmt.Println(arr)
	p := new(complex128)
	*p += 1
	fmt.Println(*p)
	inf := 1.0
	zero := 0.0
	fmt.Println(div(1, 0), div(complex(inf/zero, 1), 2), div(1, complex(inf/zero, 0)), div(0, 0))
	const k = 1 + 2i
	fmt.Println(k*k, real(k), imag(k*k))
	var x float32 = 1.5
	fmt.Println(complex(x, x))
	fmt.Println(C(a) * 2)
	fmt.Printf("%.3e\n", complex64(1.0/3+1i/3))
	fmt.Println(complex64(1.0/3 + 1i/3))
}
