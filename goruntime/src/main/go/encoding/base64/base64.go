// Package base64 implements base64 encoding as specified by RFC 4648.
package base64

import "strconv"

// An Encoding is a radix 64 encoding/decoding scheme, defined by a 64-character alphabet.
type Encoding struct {
	encode    string
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

const encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// NewEncoding returns a new padded Encoding defined by the given alphabet, which must be a
// 64-byte string that does not contain the padding character or CR / LF.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < len(encoder); i++ {
		if encoder[i] == '\n' || encoder[i] == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	e := &Encoding{encode: encoder, padChar: StdPadding}
	for i := 0; i < 256; i++ {
		e.decodeMap[i] = 0xFF
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding creates a new encoding identical to enc except with a specified padding character,
// or NoPadding to disable padding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for i := 0; i < len(enc.encode); i++ {
		if rune(enc.encode[i]) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Strict creates a new encoding identical to enc except with strict decoding enabled.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var StdEncoding = NewEncoding(encodeStd)
var URLEncoding = NewEncoding(encodeURL)
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// Encode encodes src using the encoding enc, writing EncodedLen(len(src)) bytes to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	di, si := 0, 0
	n := (len(src) / 3) * 3
	for si < n {
		val := uint(src[si+0])<<16 | uint(src[si+1])<<8 | uint(src[si+2])
		dst[di+0] = enc.encode[val>>18&0x3F]
		dst[di+1] = enc.encode[val>>12&0x3F]
		dst[di+2] = enc.encode[val>>6&0x3F]
		dst[di+3] = enc.encode[val&0x3F]
		si += 3
		di += 4
	}
	remain := len(src) - si
	if remain == 0 {
		return
	}
	val := uint(src[si+0]) << 16
	if remain == 2 {
		val |= uint(src[si+1]) << 8
	}
	dst[di+0] = enc.encode[val>>18&0x3F]
	dst[di+1] = enc.encode[val>>12&0x3F]
	switch remain {
	case 2:
		dst[di+2] = enc.encode[val>>6&0x3F]
		if enc.padChar != NoPadding {
			dst[di+3] = byte(enc.padChar)
		}
	case 1:
		if enc.padChar != NoPadding {
			dst[di+2] = byte(enc.padChar)
			dst[di+3] = byte(enc.padChar)
		}
	}
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the base64 encoding of an input buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data corresponding to n bytes of
// base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// CorruptInputError reports the offset of illegal base64 data.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// Decode decodes src using the encoding enc. It writes at most DecodedLen(len(src)) bytes to dst
// and returns the number of bytes written. New line characters (\r and \n) are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for {
		// gather up to four symbols, skipping newlines
		var dbuf [4]byte
		dlen := 4
		j := 0
		for j < 4 {
			if si == len(src) {
				if j == 0 {
					return n, nil
				}
				if j == 1 || enc.padChar != NoPadding {
					return n, CorruptInputError(si - j)
				}
				dlen = j
				break
			}
			in := src[si]
			si++
			if in == '\n' || in == '\r' {
				continue
			}
			if rune(in) == enc.padChar && enc.padChar != NoPadding {
				switch j {
				case 0, 1:
					return n, CorruptInputError(si - 1)
				case 2:
					for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
						si++
					}
					if si == len(src) {
						return n, CorruptInputError(len(src))
					}
					if rune(src[si]) != enc.padChar {
						return n, CorruptInputError(si - 1)
					}
					si++
				}
				for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
					si++
				}
				if si < len(src) {
					err = CorruptInputError(si)
				}
				dlen = j
				break
			}
			out := enc.decodeMap[in]
			if out == 0xFF {
				return n, CorruptInputError(si - 1)
			}
			dbuf[j] = out
			j++
		}
		val := uint(dbuf[0])<<18 | uint(dbuf[1])<<12 | uint(dbuf[2])<<6 | uint(dbuf[3])
		b0, b1, b2 := byte(val>>16), byte(val>>8), byte(val)
		switch dlen {
		case 4:
			dst[n+2] = b2
			dst[n+1] = b1
			dst[n] = b0
			n += 3
		case 3:
			dst[n+1] = b1
			dst[n] = b0
			if enc.strict && b2 != 0 {
				return n, CorruptInputError(si - 1)
			}
			n += 2
		case 2:
			dst[n] = b0
			if enc.strict && (b1 != 0 || b2 != 0) {
				return n, CorruptInputError(si - 2)
			}
			n++
		}
		if dlen < 4 || err != nil {
			return n, err
		}
	}
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s))+3)
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}
