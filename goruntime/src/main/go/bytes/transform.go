// This file implements the functions that build new byte slices or trim old ones: Map, the case
// mappings, Repeat, Replace, ToValidUTF8, Title and the Trim family. Which of them return nil
// for an empty result, a copy, or a subslice follows Go 1.19 function by function.
package bytes

import (
	unicase "internal/unicode"
	"unicode/utf8"
)

// Map returns a copy of s with every code point modified by mapping; a negative result drops
// the code point.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			b = appendRuneGrowing(b, r)
		}
		i += w
	}
	return b
}

// appendRuneGrowing appends r's encoding, growing as Go's Map does (twice plus UTFMax) so that
// the result's capacity matches Go's.
func appendRuneGrowing(b []byte, r rune) []byte {
	n := utf8.RuneLen(r)
	if n < 0 {
		n = 3
	}
	if len(b)+n > cap(b) {
		nb := make([]byte, len(b), cap(b)*2+utf8.UTFMax)
		copy(nb, b)
		b = nb
	}
	return utf8.AppendRune(b, r)
}

// Repeat returns a new byte slice consisting of count copies of b. It panics if count is
// negative or if len(b)*count overflows.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	} else if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	nb := make([]byte, len(b)*count)
	bp := copy(nb, b)
	for bp < len(nb) {
		copy(nb[bp:], nb[:bp])
		bp *= 2
	}
	return nb
}

// asciiCase maps an all-ASCII s to upper or lower case as Go's fast path does (a copy made by
// append when nothing changes); nil if s holds non-ASCII bytes.
func asciiCase(s []byte, upper bool) []byte

// ToUpper returns a copy of s with all Unicode letters mapped to their upper case.
func ToUpper(s []byte) []byte {
	if b := asciiCase(s, true); b != nil {
		return b
	}
	return Map(toUpper, s)
}

// ToLower returns a copy of s with all Unicode letters mapped to their lower case.
func ToLower(s []byte) []byte {
	if b := asciiCase(s, false); b != nil {
		return b
	}
	return Map(toLower, s)
}

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(toTitle, s) }

// ToUpperSpecial returns a copy of s with all Unicode letters mapped to their upper case, giving
// priority to the special casing rules.
func ToUpperSpecial(c unicase.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of s with all Unicode letters mapped to their lower case, giving
// priority to the special casing rules.
func ToLowerSpecial(c unicase.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of s with all Unicode letters mapped to their title case, giving
// priority to the special casing rules.
func ToTitleSpecial(c unicase.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 bytes replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+w]...)
		i += w
	}
	return b
}

// isSeparator reports whether r could mark a word boundary for Title.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if isLetter(r) || isDigit(r) {
		return false
	}
	return isSpace(r)
}

// Title returns a copy of s with all Unicode letters that begin words mapped to their title
// case. Deprecated in Go (its word boundaries ignore Unicode punctuation); kept for old programs.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		wordStart := isSeparator(prev)
		prev = r
		if wordStart {
			return toTitle(r)
		}
		return r
	}, s)
}

// TrimLeftFunc returns a subslice of s without the leading code points satisfying f (nil if
// none is left).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s without the trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRune(s[i:])
		i += w
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a subslice of s without the leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimPrefix returns s without the leading prefix; s itself if it does not start with it.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix; s itself if it does not end with it.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Trim returns a subslice of s without the leading and trailing code points in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeft(trimRight(s, cutset), cutset)
}

// TrimLeft returns a subslice of s without the leading code points in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeft(s, cutset)
}

// TrimRight returns a subslice of s without the trailing code points in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimRight(s, cutset)
}

// trimLeft gives nil rather than an empty slice when everything is trimmed, as Go always has.
func trimLeft(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s)
		}
		if !inChars(cutset, r) {
			break
		}
		s = s[w:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

func trimRight(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s)
		}
		if !inChars(cutset, r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// TrimSpace returns a subslice of s without leading and trailing white space (nil if only white
// space).
func TrimSpace(s []byte) []byte {
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:], isSpace)
		}
		if !asciiSpace(c) {
			break
		}
	}
	stop := len(s)
	for ; stop > start; stop-- {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:stop], isSpace)
		}
		if !asciiSpace(c) {
			break
		}
	}
	if start == stop {
		return nil
	}
	return s[start:stop]
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced by new
// (all of them if n < 0). An empty old matches at the beginning and after each UTF-8 sequence.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRune(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }
