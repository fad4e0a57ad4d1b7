package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const Big = 1 << 100
const Pi = 3.14159265358979323846264338327950288
const typed int8 = 100

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(Big>>98, Big/(1<<99))
	fmt.Println(Pi, float32(Pi))
	fmt.Println(typed, typed*1)
	fmt.Println(FlagA|FlagC, FlagB)
	const h = 'h'
	fmt.Println(h, string(h))
	x := 10
	fmt.Println(x / 3 * 3.0)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(1e3, 5/2, 5.0/2, 7%3)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	var u uint = 1<<64 - 1
	fmt.Println(u, u+1, -u)
	var i64 int64 = -1 << 63
	fmt.Println(i64, -i64, i64-1)
	fmt.Println(^0, ^uint8(3), -7>>1, uint32(1)<<31)
}
