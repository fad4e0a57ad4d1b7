// strings.Builder building: WriteString/WriteByte/WriteRune, then String.
package main

import (
	"fmt"
	"strings"
)

func main() {
	total := 0
	for round := 0; round < 900; round++ {
		var b strings.Builder
		for i := 0; i < 50000; i++ {
			b.WriteString("word")
			b.WriteByte(' ')
			b.WriteRune('é')
			b.WriteRune(rune('a' + i%26))
			if i%10 == 0 {
				b.WriteString("\n")
			}
		}
		s := b.String()
		total += len(s) + int(s[len(s)/2])
	}
	fmt.Println(total)
}
