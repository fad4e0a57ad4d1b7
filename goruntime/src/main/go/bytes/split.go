// This file implements splitting and joining: Split*, SplitAfter*, Fields, FieldsFunc, Join.
// Pieces are full slice expressions s[i:j:j] as in Go, so appending to a piece never overwrites
// the next one, and their cap() is what Go shows.
package bytes

import "unicode/utf8"

// explode splits s into one slice per UTF-8 sequence (invalid bytes one each), at most n.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, w := utf8.DecodeRune(s)
		a[na] = s[0:w:w]
		s = s[w:]
		na++
	}
	return a[0:na]
}

// genSplit splits s after each instance of sep, keeping sepSave bytes of sep in each piece.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		end := m + sepSave
		a[i] = s[:end:end]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into subslices separated by sep: at most n if n > 0 (the last being the
// unsplit remainder), nil if n == 0, all of them if n < 0. An empty sep splits after each
// UTF-8 sequence.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep; n as for SplitN.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Fields splits s around each run of white space (unicode.IsSpace), returning subslices of s,
// or an empty slice if s holds only white space.
func Fields(s []byte) [][]byte {
	n := 0
	wasSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, isSpace)
		}
		sp := asciiSpace(c)
		if wasSpace && !sp {
			n++
		}
		wasSpace = sp
	}
	a := make([][]byte, n)
	na := 0
	i := 0
	for i < len(s) {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		start := i
		for i < len(s) && !asciiSpace(s[i]) {
			i++
		}
		a[na] = s[start:i:i]
		na++
	}
	return a
}

// FieldsFunc splits s at each run of code points c satisfying f(c) and returns subslices of s;
// an empty slice if every code point satisfies f or s is empty.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	spans := make([][2]int, 0, 32)
	start := -1
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, sp := range spans {
		a[i] = s[sp[0]:sp[1]:sp[1]]
	}
	return a
}

// Join concatenates the elements of s with sep between them into a new byte slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, n)
	bp := copy(b, s[0])
	for _, v := range s[1:] {
		bp += copy(b[bp:], sep)
		bp += copy(b[bp:], v)
	}
	return b
}
