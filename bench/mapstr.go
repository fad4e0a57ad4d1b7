// map[string]int word counting over generated text.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var words []string
	for i := 0; i < 20000; i++ {
		words = append(words, fmt.Sprintf("w%dx%d", i%5000, i%7))
	}
	text := strings.Join(words, " ")
	counts := map[string]int{}
	for r := 0; r < 600; r++ {
		for _, w := range strings.Fields(text) {
			counts[w]++
		}
	}
	max, best := 0, ""
	for w, c := range counts {
		if c > max || c == max && w < best {
			max, best = c, w
		}
	}
	fmt.Println(len(counts), max, best)
}
