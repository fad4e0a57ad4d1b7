package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<3, a>>1, -a>>1)
	x := 1 << 62
	fmt.Println(x*2, x*4, x+x+x)
	var big int = 9223372036854775807
	big++
	fmt.Println(big)
	f := 3.5
	g := 2.0
	fmt.Println(f+g, f-g, f*g, f/g)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0, 1e21, 1e20, 1e-5, 0.0001, 123456789.0)
	fmt.Println(f > g, f < g, f == g, a >= b, a != b)
	fmt.Printf("%d %5d %-5d| %05d %x %X %o %b\n", a, a, a, a, 255, 255, 8, 5)
	fmt.Printf("%f %.2f %8.3f %e %g\n", f, f, f, 12345.678, 0.000012)
	fmt.Printf("%v %v %v %v\n", a, f, "s", true)
	fmt.Printf("%s|%10s|%-10s|\n", "go", "right", "left")
	s := "hello" + ", " + "world"
	fmt.Println(s, len(s), s[0], s[1:5], s[7:])
	fmt.Println(s == "hello, world", s < "help", s > "hello")
	t, u := true, false
	fmt.Println(t && u, t || u, !t)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 200
	u8 += 100
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(i8, u8, u32)
	var n int64 = -7
	fmt.Println(n/2, n%2, n>>1, uint64(n)>>60)
	const c = 1 << 100 >> 98
	fmt.Println(c, float64(a)/float64(b), int(f), int(-f))
}
