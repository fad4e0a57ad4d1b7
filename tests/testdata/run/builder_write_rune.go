package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for _, r := range []rune{'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, '世', 0xd800, 0xdfff, 0xfffd, 0xffff, 0x10000, '😀', 0x10ffff, 0x110000, -1} {
		n, err := b.WriteRune(r)
		fmt.Print(n, err, " ", b.Len(), b.Cap(), " ")
	}
	fmt.Println()
	fmt.Printf("%q\n% x\n", b.String(), b.String())
	var c strings.Builder
	c.Grow(1)
	for i := 0; i < 20; i++ {
		c.WriteRune('€')
		fmt.Print(c.Len(), "/", c.Cap(), " ")
	}
	fmt.Println()
	fmt.Println(c.String())
}
