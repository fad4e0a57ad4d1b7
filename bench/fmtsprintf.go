// Sprintf-heavy formatting: %d %s %v %x %f %q into a strings.Builder.
package main

import (
	"fmt"
	"strings"
)

type point struct{ X, Y int }

func main() {
	var b strings.Builder
	names := []string{"alpha", "beta", "gamma", "delta"}
	total := 0
	for i := 0; i < 600000; i++ {
		s := fmt.Sprintf("%d %s %v %x %.3f %q\n", i, names[i&3], point{i, -i}, i*7919, float64(i)/7, names[(i+1)&3])
		b.WriteString(s)
		if b.Len() > 1<<20 {
			total += b.Len()
			b.Reset()
		}
	}
	total += b.Len()
	fmt.Println(total)
}
