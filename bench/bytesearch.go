// Searching long inputs: bytes.IndexByte, bytes.Index, bytes.Count and their strings
// counterparts over 1 MB of text, the match (if any) near the end.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	const n = 1 << 20
	b := make([]byte, n)
	x := uint32(12345)
	for i := range b {
		x = x*1664525 + 1013904223
		b[i] = 'a' + byte(x>>24)%20
	}
	copy(b[n-100:], "needle in the haystack: zebra")
	s := string(b)
	total := 0
	for r := 0; r < 300; r++ {
		total += bytes.IndexByte(b, 'z')
		total += bytes.Index(b, []byte("zebra"))
		total += bytes.Index(b, []byte("hay"))
		total += bytes.Count(b, []byte("e"))
		total += bytes.Count(b, []byte("ab"))
		total += strings.IndexByte(s, 'z')
		total += strings.Index(s, "zebra")
		total += strings.Count(s, "q")
		total += strings.Count(s, "abc")
		if bytes.Contains(b[r:], []byte("zz")) {
			total++
		}
	}
	fmt.Println(total)
}
