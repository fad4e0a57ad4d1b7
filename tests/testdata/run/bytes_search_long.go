// bytes and strings searches over long inputs and sub-slices: matches at every alignment, at
// the ends, overlapping candidates, high bytes, needles longer than the text.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	b := make([]byte, 300)
	for i := range b {
		b[i] = byte('a' + i%7)
	}
	b[77] = 0xFF
	b[150] = 0x80
	b[299] = 'z'
	s := string(b)
	sum := 0
	for lo := 0; lo < 70; lo += 3 {
		for hi := 200; hi <= 300; hi += 7 {
			sb, ss := b[lo:hi], s[lo:hi]
			for _, c := range []byte{'a', 'g', 'z', 0xFF, 0x80, 'q'} {
				sum = sum*31 + bytes.IndexByte(sb, c) + 7*strings.IndexByte(ss, c) + 3*bytes.Count(sb, []byte{c}) + 5*strings.Count(ss, string([]byte{c}))
				sum = sum*31 + bytes.LastIndexByte(sb, c) + strings.LastIndexByte(ss, c)
			}
			for _, p := range []string{"ab", "gab", "cdefgabc", "fga\xff", "\x80", "abcdefgabcdefgabcdefgabcdefgabcdefgz", "z", "aa", "q", s[lo+100 : lo+140]} {
				pb := []byte("xx" + p)[2:]
				sum = sum*31 + bytes.Index(sb, pb) + 3*strings.Index(ss, p) + 5*bytes.Count(sb, pb) + 7*strings.Count(ss, p)
				sum = sum*31 + bytes.LastIndex(sb, pb) + 3*strings.LastIndex(ss, p)
				if strings.Contains(ss, p) != bytes.Contains(sb, pb) {
					fmt.Println("Contains differs", lo, hi, p)
				}
				sum = sum*31 + len(strings.Split(ss, p)) + len(bytes.Split(sb, pb))
			}
		}
	}
	fmt.Println(sum)
	fmt.Println(strings.Count("aaaaaa", "aa"), bytes.Count([]byte("aaaaaa"), []byte("aa")), strings.Index("ab", "abc"), bytes.Index([]byte("ab"), []byte("abc")))
	fmt.Println(strings.Index("", "a"), strings.Index("a", ""), bytes.Index(nil, []byte("a")), bytes.IndexByte(nil, 'a'), strings.IndexByte("", 'a'))
	fmt.Println(strings.Split("a,b,,c,", ","), len(strings.Split("", ",")), strings.Count("héllo", ""), strings.LastIndex("go gopher", "go"), strings.LastIndex("x", ""))
	long := strings.Repeat("abcdefghij", 100000) + "needle"
	fmt.Println(strings.Index(long, "needle"), strings.Index(long, "needlf"), strings.Count(long, "j"), strings.IndexByte(long, 'n'), bytes.Index([]byte(long), []byte("jab")))
}
