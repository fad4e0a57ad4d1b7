// Range loops over a slice, an array, a string and a map, timed per kind (best of 6 rounds after
// one warm-up round): the cost of the preemption poll on range back-edges (bench/README.md).
package main

import (
	"fmt"
	"time"
)

func sumSlice(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func xorArray(a *[256]int32) int {
	t := 0
	for _, v := range *a {
		t ^= int(v)
	}
	return t
}

func runes(s string) int {
	t := 0
	for _, r := range s {
		t += int(r)
	}
	return t
}

func mapSum(m map[int]int) int {
	t := 0
	for k, v := range m {
		t += k * v
	}
	return t
}

func main() {
	s := make([]int, 1000)
	for i := range s {
		s[i] = i
	}
	var a [256]int32
	for i := range a {
		a[i] = int32(i * 3)
	}
	str := "the quick brown fox jumps over the lazy dog, héllo wörld"
	m := map[int]int{}
	for i := 0; i < 64; i++ {
		m[i] = i
	}
	total := 0
	best := [4]time.Duration{1 << 62, 1 << 62, 1 << 62, 1 << 62}
	for round := 0; round < 7; round++ {
		t0 := time.Now()
		for i := 0; i < 500000; i++ {
			total += sumSlice(s)
		}
		t1 := time.Now()
		for i := 0; i < 1000000; i++ {
			total += xorArray(&a)
		}
		t2 := time.Now()
		for i := 0; i < 1000000; i++ {
			total += runes(str)
		}
		t3 := time.Now()
		for i := 0; i < 100000; i++ {
			total += mapSum(m)
		}
		t4 := time.Now()
		for j, d := range []time.Duration{t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3)} {
			if round > 0 && d < best[j] {
				best[j] = d
			}
		}
	}
	fmt.Println(total)
	fmt.Println("slice", best[0].Milliseconds(), "array", best[1].Milliseconds(), "string", best[2].Milliseconds(), "map", best[3].Milliseconds())
}
