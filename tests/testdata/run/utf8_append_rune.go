// utf8.AppendRune and Builder.WriteRune for every encoded length, surrogates and invalid runes.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	var p []byte
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		p = utf8.AppendRune(p, r)
		var b strings.Builder
		b.WriteRune(r)
		fmt.Printf("%x %q\n", b.String(), b.String())
	}
	fmt.Printf("%x %d %d\n", p, len(p), cap(p))
}
