// map[int]int: insert, lookup, delete.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	const n = 1 << 20
	for i := 0; i < n; i++ {
		m[i*7919%n] = i
	}
	hits, sum := 0, 0
	for r := 0; r < 4; r++ {
		for i := 0; i < 2*n; i++ {
			if v, ok := m[i]; ok {
				hits++
				sum += v
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i)
	}
	for i := 0; i < n; i++ {
		m[i+n] += i
	}
	fmt.Println(len(m), hits, sum, m[n+5])
}
