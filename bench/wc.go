// bufio line reading of a large input from stdin (bench/run feeds it 486 MB): counts lines,
// words and bytes with bufio.Scanner.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words, bytes := 0, 0, 0
	for sc.Scan() {
		line := sc.Bytes()
		lines++
		bytes += len(line) + 1
		in := false
		for _, c := range line {
			if c == ' ' || c == '\t' {
				in = false
			} else if !in {
				in = true
				words++
			}
		}
	}
	fmt.Println(lines, words, bytes)
}
