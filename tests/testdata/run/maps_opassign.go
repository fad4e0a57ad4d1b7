// m[k] op= v on maps of each table kind and value width: ++ and -- wrap in narrow types, += of
// constants and variables, on missing keys and on keys deleted before.
package main

import "fmt"

type Count int64

func main() {
	a := map[int]int{}
	b := map[string]Count{}
	c := map[int8]int8{1: 127}
	d := map[string]uint8{"x": 255}
	e := map[uint64]uint64{}
	f := map[[2]int]int{}
	g := map[string]float64{}
	for i := 0; i < 10; i++ {
		a[i%3]++
		a[i%4] += 10
		a[-1] -= i
		b[fmt.Sprint(i%2)]++
		b["v"] += Count(i)
		e[uint64(i)]--
		f[[2]int{i % 2, 0}] += i
		g["f"] += 0.5
	}
	c[1]++
	c[2]--
	d["x"]++
	d["y"] -= 2
	n := 5
	a[100] += n
	a[100] -= n * 2
	fmt.Println(a[0], a[1], a[2], a[3], a[-1], a[100], len(a))
	fmt.Println(b, c, d, e[3], e[9], f, g)
	// increments into slots whose keys were deleted start again from zero
	h := map[int]int{}
	hs := map[string]int{}
	for i := 0; i < 1000; i++ {
		h[i] = 5
		hs[fmt.Sprint(i)] = 5
	}
	for i := 0; i < 1000; i++ {
		delete(h, i)
		delete(hs, fmt.Sprint(i))
	}
	for i := 0; i < 1000; i++ {
		h[i+7]++
		hs[fmt.Sprint(i+7)] += 2
	}
	sum, ssum := 0, 0
	for _, v := range h {
		sum += v
	}
	for _, v := range hs {
		ssum += v
	}
	fmt.Println(len(h), sum, len(hs), ssum, h[7], hs["7"])
	var nilm map[string]int
	defer func() { fmt.Println("recovered:", recover()) }()
	nilm["x"]++
}
