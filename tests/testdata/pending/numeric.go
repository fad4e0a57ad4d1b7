package main

import "fmt"

func main() {
	var i8 int8 = -128
	var u16 uint16 = 65535
	var u32 uint32 = 4000000000
	var u64 uint64 = 18446744073709551615
	fmt.Println(i8/-1, -i8, u16+1, u32*2, u64+2, u64/3, u64%7)
	fmt.Println(u64 > 1, u32 > 1, int32(u32), uint8(300&0xff+1))
	f := 1e20
	big := int64(3.9e9)
	fl := 257.9
	fmt.Println(int64(f), int32(big), uint8(int(fl)))
	g := -3.99
	fmt.Println(int(g), uint(int(g)))
	var x uint = 7
	var sh uint = 70
	fmt.Println(x<<sh, x>>sh, int64(-8)>>sh, 1<<3)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1)
	var r rune = 'é'
	var b byte = 'A'
	fmt.Println(r, b, string(r), string(rune(b)), b+1)
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2))
	var d float64 = 0
	fmt.Println(1/d, -1/d, d/d == d/d)
	fmt.Println(7/2, -7/2, 7%-2, -7%2)
	var m int = -9223372036854775808
	fmt.Println(m/-1, m%-1)
	fmt.Printf("%08.3f|%+.2e|%x|%X|%o|%#x|%#o|%b\n", 3.14159, 12345.6789, -255, 3054, 64, 255, 8, -5)
	fmt.Printf("%6.2f|%-8.3f|%g|%G|%e\n", 2.0/3, 1.0/3, 1e-7, 1e21, 0.0)
	fmt.Printf("%t|%5t|%q|%v|%d\n", true, false, 'x', 'x', 'x')
	fmt.Printf("%3c|%-4q|%#q|%U|%#U\n", 'A', 'B', "raw`q", 'é', 'é')
}
