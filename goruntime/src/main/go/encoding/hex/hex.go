// Package hex implements hexadecimal encoding and decoding.
package hex

import (
	"errors"
	"strconv"
)

const hextable = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return "encoding/hex: invalid byte: " + quoteRune(rune(e))
}

// quoteRune renders a byte as fmt's %#U does: U+0067 'g'.
func quoteRune(r rune) string {
	const digits = "0123456789ABCDEF"
	h := []byte{digits[r>>12&0xF], digits[r>>8&0xF], digits[r>>4&0xF], digits[r&0xF]}
	s := "U+" + string(h)
	if strconv.IsPrint(r) {
		s += " " + strconv.QuoteRune(r)
	}
	return s
}

// EncodedLen returns the length of an encoding of n source bytes.
func EncodedLen(n int) int { return n * 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst.
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

func fromHexChar(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the actual number of bytes
// written to dst.
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		a, ok := fromHexChar(src[j-1])
		if !ok {
			return i, InvalidByteError(src[j-1])
		}
		b, ok := fromHexChar(src[j])
		if !ok {
			return i, InvalidByteError(src[j])
		}
		dst[i] = (a << 4) | b
		i++
	}
	if len(src)%2 == 1 {
		if _, ok := fromHexChar(src[j-1]); !ok {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of the given data, in the format of
// `hexdump -C`.
func Dump(data []byte) string {
	var out []byte
	for off := 0; off < len(data); off += 16 {
		line := data[off:]
		if len(line) > 16 {
			line = line[:16]
		}
		for s := 28; s >= 0; s -= 4 {
			out = append(out, hextable[(off>>uint(s))&0xF])
		}
		out = append(out, ' ', ' ')
		for i := 0; i < 16; i++ {
			if i < len(line) {
				out = append(out, hextable[line[i]>>4], hextable[line[i]&0xF], ' ')
			} else {
				out = append(out, ' ', ' ', ' ')
			}
			if i == 7 {
				out = append(out, ' ')
			}
		}
		out = append(out, ' ', '|')
		for _, c := range line {
			if c < 32 || c > 126 {
				c = '.'
			}
			out = append(out, c)
		}
		out = append(out, '|', '\n')
	}
	return string(out)
}
