// Package utf8 implements functions and constants to support text encoded in UTF-8, written in Go
// over the byte-level rules of RFC 3629: surrogates, overlong forms and values above U+10FFFF are
// invalid and decode as RuneError with width 1.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// first returns, for a leading byte, the sequence length (0 when it cannot start a sequence) and
// the bounds the second byte must lie in.
func first(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	n, lo, hi := first(p[0])
	if n <= 1 || len(p) >= n {
		return true
	}
	if len(p) > 1 && (p[1] < lo || p[1] > hi) {
		return true
	}
	if len(p) > 2 && (p[2] < 0x80 || p[2] > 0xBF) {
		return true
	}
	return false
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	return FullRune([]byte(s))
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	n, lo, hi := first(p[0])
	if n == 1 {
		return rune(p[0]), 1
	}
	if n == 0 || len(p) < 2 || p[1] < lo || p[1] > hi {
		return RuneError, 1
	}
	r = rune(p[0]&0x1F)<<6 | rune(p[1]&0x3F)
	if n == 2 {
		return r, 2
	}
	if len(p) < 3 || p[2] < 0x80 || p[2] > 0xBF {
		return RuneError, 1
	}
	if n == 3 {
		return rune(p[0]&0x0F)<<12 | rune(p[1]&0x3F)<<6 | rune(p[2]&0x3F), 3
	}
	if len(p) < 4 || p[3] < 0x80 || p[3] > 0xBF {
		return RuneError, 1
	}
	return rune(p[0]&0x07)<<18 | rune(p[1]&0x3F)<<12 | rune(p[2]&0x3F)<<6 | rune(p[3]&0x3F), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	for i, c := range s {
		if i == 0 {
			if c == RuneError {
				n := 4
				if len(s) < n {
					n = len(s)
				}
				return DecodeRune([]byte(s[:n]))
			}
			return c, RuneLen(c)
		}
	}
	return RuneError, 1
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its width.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	start := end - 1
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[n-1] < RuneSelf {
		return rune(s[n-1]), 1
	}
	lo := n - UTFMax
	if lo < 0 {
		lo = 0
	}
	return DecodeLastRune([]byte(s[lo:]))
}

// RuneLen returns the number of bytes required to encode the rune, or -1 if the rune is not a
// valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune and
// returns the number of bytes written. Invalid runes are written as RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	// the bytes go straight into p: no temporary array to encode into and copy from
	switch i := uint32(r); {
	case i < 0x80:
		return append(p, byte(r))
	case i < 0x800:
		return append(p, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case i > MaxRune, surrogateMin <= i && i <= surrogateMax:
		return append(p, 0xEF, 0xBF, 0xBD)
	case i < 0x10000:
		return append(p, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(p, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}

// RuneCount returns the number of runes in p; erroneous and short encodings count as one rune
// of width 1.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, w := DecodeRune(p[i:])
		i += w
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly invalid
// rune: second and later bytes always have the top two bits set to 10.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRune(p[i:])
		if r == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	return Valid([]byte(s))
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
