// strings.Builder: Len and Cap after each kind of write (growth as append's), Grow, Reset,
// String kept intact by later writes, Write of bytes, and the copied-Builder panic.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 40; i++ {
		switch i % 4 {
		case 0:
			b.WriteByte('a' + byte(i%26))
		case 1:
			b.WriteRune([]rune{'é', '☺', 'x', 0x1F600, -1}[i%5])
		case 2:
			b.WriteString(strings.Repeat("xy", i))
		case 3:
			n, err := b.Write([]byte("bytes!"))
			if n != 6 || err != nil {
				fmt.Println("bad Write")
			}
		}
		fmt.Print(b.Len(), "/", b.Cap(), " ")
	}
	fmt.Println()
	s := b.String()
	b.WriteString("more")
	fmt.Println(len(s), s[:20], b.String()[len(s):])
	b.Grow(1000)
	fmt.Println(b.Len(), b.Cap())
	b.Grow(1)
	fmt.Println(b.Len(), b.Cap())
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "", s[len(s)-4:])
	var g strings.Builder
	g.Grow(10)
	g.WriteString("0123456789")
	fmt.Println(g.Len(), g.Cap())
	g.WriteRune('é')
	fmt.Println(g.Len(), g.Cap(), g.String())
	n, _ := g.WriteRune(0x10FFFF)
	fmt.Println(n, g.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	c := g
	c.WriteByte('x')
}
