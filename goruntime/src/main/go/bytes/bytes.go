// Package bytes implements functions for the manipulation of byte slices, the []byte
// counterparts of package strings. The hot searching and comparing loops are bound to the runtime
// (gojc.runtime.lib.bytes.Bytes); the rest is Go. Results alias or copy exactly where Go's do, so
// cap() and nil-ness of every result match Go 1.19.
package bytes

import "unicode/utf8"

// Equal reports whether a and b are the same length and contain the same bytes. A nil argument
// is equivalent to an empty slice.
func Equal(a, b []byte) bool

// Compare returns an integer comparing two byte slices lexicographically: 0 if a == b, -1 if
// a < b, +1 if a > b. A nil argument is equivalent to an empty slice.
func Compare(a, b []byte) int

// IndexByte returns the index of the first instance of c in b, or -1 if c is not present in b.
func IndexByte(b []byte, c byte) int

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s []byte, c byte) int

// Index returns the index of the first instance of sep in s, or -1 if sep is not present in s.
func Index(s, sep []byte) int

// LastIndex returns the index of the last instance of sep in s, or -1 if sep is not present in s.
func LastIndex(s, sep []byte) int

func countNonEmpty(s, sep []byte) int

// indexAnyASCII is IndexAny (LastIndexAny if last) for a chars of ASCII bytes only.
func indexAnyASCII(s []byte, chars string, last bool) int

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// The unicode functions bytes needs, bound to the runtime so that importing bytes does not build
// package unicode's range tables.
func isSpace(r rune) bool
func toTitle(r rune) rune
func toUpper(r rune) rune
func toLower(r rune) rune
func simpleFold(r rune) rune
func isLetter(r rune) bool
func isDigit(r rune) bool

// Count counts the number of non-overlapping instances of sep in s. If sep is empty, Count
// returns 1 + the number of UTF-8-encoded code points in s.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	return countNonEmpty(s, sep)
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// IndexRune returns the byte index of the first occurrence in s of the given rune, or -1. If r is
// utf8.RuneError, it returns the first instance of any invalid UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, n := utf8.DecodeRune(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	return Index(s, enc[:n])
}

// inChars reports whether r is one of the code points of chars, where an invalid byte of chars
// counts as utf8.RuneError (as ranging over a string decodes it).
func inChars(chars string, r rune) bool {
	if r < utf8.RuneSelf {
		for i := 0; i < len(chars); i++ {
			if rune(chars[i]) == r {
				return true
			}
		}
		return false
	}
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the byte index of the first occurrence in s of any of the code points in
// chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	if isASCII(chars) {
		return indexAnyASCII(s, chars, false)
	}
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if inChars(chars, r) {
			return i
		}
		i += w
	}
	return -1
}

// LastIndexAny returns the byte index of the last occurrence in s of any of the code points in
// chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	if isASCII(chars) {
		return indexAnyASCII(s, chars, true)
	}
	for i := len(s); i > 0; {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s[:i])
		}
		i -= w
		if inChars(chars, r) {
			return i
		}
	}
	return -1
}

// IndexFunc returns the byte index in s of the first code point satisfying f(c), or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the byte index in s of the last code point satisfying f(c), or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) == truth {
			return i
		}
		i += w
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s[0:i])
		}
		i -= w
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		sr, ns := rune(s[0]), 1
		if sr >= utf8.RuneSelf {
			sr, ns = utf8.DecodeRune(s)
		}
		tr, nt := rune(t[0]), 1
		if tr >= utf8.RuneSelf {
			tr, nt = utf8.DecodeRune(t)
		}
		s, t = s[ns:], t[nt:]
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk sr's fold orbit up to tr.
		r := simpleFold(sr)
		for r != sr && r < tr {
			r = simpleFold(r)
		}
		if r != tr {
			return false
		}
	}
	return len(s) == len(t)
}

// Cut slices s around the first instance of sep, returning the text before and after sep and
// whether sep appears in s. If it does not, Cut returns s, nil, false. The results are slices of
// s, not copies.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Runes interprets s as a sequence of UTF-8-encoded code points and returns them.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	for i := range t {
		r, w := utf8.DecodeRune(s)
		t[i] = r
		s = s[w:]
	}
	return t
}
