// strconv round trips: Itoa/Atoi, FormatFloat 'g' -1 / ParseFloat, Quote/Unquote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	sum := 0
	fsum := 0.0
	qlen := 0
	words := []string{"hello", "tab\there", "quote\"d", "naïve ☺", "nl\n"}
	for i := 0; i < 2000000; i++ {
		n, err := strconv.Atoi(strconv.Itoa(i * 37))
		if err != nil {
			panic(err)
		}
		sum += n
		f := float64(i) * 1.0001 / 3
		g, err := strconv.ParseFloat(strconv.FormatFloat(f, 'g', -1, 64), 64)
		if err != nil || g != f {
			panic("float round trip")
		}
		fsum += g
		if i%4 == 0 {
			u, err := strconv.Unquote(strconv.Quote(words[i%5]))
			if err != nil {
				panic(err)
			}
			qlen += len(u)
		}
	}
	fmt.Println(sum, fsum, qlen)
}
