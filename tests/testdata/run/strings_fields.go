// strings.Fields on ASCII and non-ASCII text: every ASCII space, U+0085, U+00A0, U+3000, leading
// and trailing space, empty input; the result's len and cap.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "   ", "a", " a ", "a b\tc\nd\ve\ff\rg", "  lead and trail  ",
		"x\u0085y\u00a0z", "日本 語\u3000です", "\xff bad \xfe", "one"} {
		f := strings.Fields(s)
		fmt.Printf("%q %d %d\n", f, len(f), cap(f))
	}
}
