package main

import "fmt"

type Key struct {
	A string
	B int
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))
	m["four"] = 4
	delete(m, "one")
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok)
	fmt.Println(m["missing"])
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	counts := make(map[rune]int)
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], len(counts))
	sk := map[Key]string{{"a", 1}: "first"}
	sk[Key{"b", 2}] = "second"
	fmt.Println(sk[Key{"a", 1}], sk[Key{"b", 2}], len(sk))
	fmt.Println(sk)
	im := map[int][]int{}
	im[1] = append(im[1], 10)
	im[1] = append(im[1], 11)
	fmt.Println(im)
	fm := map[float64]string{2.5: "x", -1: "y"}
	fmt.Println(fm)
	nested := map[string]map[string]int{"a": {"x": 1}}
	nested["b"] = map[string]int{"y": 2}
	fmt.Println(nested)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
}
