package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// Scanner is implemented by any value that has a Scan method; gojc's scanning does not call it
// yet (a known gap), but the interface exists for programs that declare it.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Kinds of scan targets, as the runtime reports them for a pointer.
const (
	kindUnknown = iota
	kindInt
	kindUint
	kindFloat64
	kindFloat32
	kindString
	kindBool
	kindBytes
)

func scanKind(p any) int
func storeInt(p any, v int64)
func storeFloat(p any, v float64)
func storeString(p any, v string)
func storeBool(p any, v bool)

var errComplex = errors.New("fmt: scanning of this type is not supported by gojc")

// ss reads runes from an io.Reader, remembering one rune of look-ahead; a reader that is an
// io.RuneScanner gets the look-ahead back through UnreadRune when the scan ends.
type ss struct {
	rs      io.RuneScanner
	r       io.Reader
	peek    rune
	peeked  bool
	nlIsSp  bool
	atEOF   bool
	count   int
	buf     [utf8.UTFMax]byte
}

const eof = -1

func newSS(r io.Reader, nlIsSpace bool) *ss {
	s := &ss{r: r, nlIsSp: nlIsSpace}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	}
	return s
}

func (s *ss) getRune() rune {
	if s.peeked {
		s.peeked = false
		return s.peek
	}
	if s.atEOF {
		return eof
	}
	if s.rs != nil {
		r, _, err := s.rs.ReadRune()
		if err != nil {
			if err == io.EOF {
				s.atEOF = true
				return eof
			}
			panic(scanError{err})
		}
		s.count++
		return r
	}
	n := 0
	for {
		m, err := s.r.Read(s.buf[n : n+1])
		if m == 0 {
			if err == io.EOF || err == nil {
				if n == 0 {
					s.atEOF = true
					return eof
				}
				r, _ := utf8.DecodeRune(s.buf[:n])
				return r
			}
			panic(scanError{err})
		}
		n++
		if utf8.FullRune(s.buf[:n]) {
			r, _ := utf8.DecodeRune(s.buf[:n])
			s.count++
			return r
		}
	}
}

func (s *ss) unget(r rune) {
	s.peek = r
	s.peeked = true
}

// done gives an unconsumed look-ahead rune back to a RuneScanner.
func (s *ss) done() {
	if s.peeked && s.peek != eof && s.rs != nil {
		s.rs.UnreadRune()
		s.peeked = false
	}
}

type scanError struct {
	err error
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// skipSpace skips blanks; a newline is a blank only when nlIsSp, else it stops the scan with
// "unexpected newline".
func (s *ss) skipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' {
			r2 := s.getRune()
			if r2 == '\n' {
				r = '\n'
			} else {
				s.unget(r2)
			}
		}
		if r == '\n' {
			if s.nlIsSp {
				continue
			}
			panic(scanError{errors.New("unexpected newline")})
		}
		if !isSpace(r) {
			s.unget(r)
			return
		}
	}
}

func (s *ss) token() string {
	var b []byte
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if isSpace(r) {
			s.unget(r)
			break
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

func intChars(verb rune) string {
	switch verb {
	case 'b':
		return "01_"
	case 'o':
		return "01234567_"
	case 'x', 'X':
		return "0123456789abcdefABCDEF_"
	case 'v':
		return "0123456789abcdefABCDEFxXoO_"
	}
	return "0123456789_"
}

// accept reads the longest run of runes from chars (after an optional sign).
func (s *ss) accept(chars string, sign bool) string {
	var b []byte
	r := s.getRune()
	if sign && (r == '+' || r == '-') {
		b = append(b, byte(r))
		r = s.getRune()
	}
	for r != eof {
		found := false
		for _, c := range chars {
			if c == r {
				found = true
				break
			}
		}
		if !found {
			break
		}
		b = utf8.AppendRune(b, r)
		r = s.getRune()
	}
	s.unget(r)
	return string(b)
}

func (s *ss) scanOne(verb rune, arg any) {
	kind := scanKind(arg)
	if verb == 'c' {
		r := s.getRune()
		if r == eof {
			panic(scanError{io.ErrUnexpectedEOF})
		}
		if kind == kindInt || kind == kindUint {
			storeInt(arg, int64(r))
			return
		}
		panic(scanError{errors.New("bad verb '%c' for string")})
	}
	s.skipSpace()
	r := s.getRune()
	if r == eof {
		panic(scanError{io.ErrUnexpectedEOF})
	}
	s.unget(r)
	var tok string
	switch kind {
	case kindInt, kindUint:
		tok = s.accept(intChars(verb), true)
	case kindFloat64, kindFloat32:
		tok = s.accept("0123456789.eEpPxX_aAbBcCdDfFiInNtTyY", true)
	default:
		tok = s.token()
	}
	switch kind {
	case kindInt, kindUint:
		base := 10
		switch verb {
		case 'b':
			base = 2
		case 'o':
			base = 8
		case 'x', 'X':
			base = 16
		case 'v':
			base = 0
		}
		digits := tok
		if verb == 'v' || verb == 'd' {
			// Go accepts a leading sign and, for %v, a base prefix.
			digits = tok
		}
		v, err := strconv.ParseInt(digits, base, 64)
		if err != nil {
			if u, err2 := strconv.ParseUint(digits, base, 64); err2 == nil && kind == kindUint {
				storeInt(arg, int64(u))
				return
			}
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				panic(scanError{errors.New("integer overflow on token " + tok)})
			}
			panic(scanError{errors.New("expected integer")})
		}
		storeInt(arg, v)
	case kindFloat64, kindFloat32:
		bits := 64
		if kind == kindFloat32 {
			bits = 32
		}
		f, err := strconv.ParseFloat(tok, bits)
		if err != nil {
			panic(scanError{err.(*strconv.NumError).Err})
		}
		storeFloat(arg, f)
	case kindString, kindBytes:
		if verb == 'q' {
			v, err := strconv.Unquote(tok)
			if err != nil {
				panic(scanError{err})
			}
			tok = v
		}
		storeString(arg, tok)
	case kindBool:
		v, err := strconv.ParseBool(tok)
		if err != nil {
			panic(scanError{errors.New("syntax error scanning boolean")})
		}
		storeBool(arg, v)
	default:
		panic(scanError{errComplex})
	}
}

func (s *ss) run(f func()) (err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
				return
			}
			panic(e)
		}
	}()
	f()
	return nil
}

func (s *ss) doScan(a []any, ln bool) (n int, err error) {
	err = s.run(func() {
		for _, arg := range a {
			s.skipSpace()
			r := s.getRune()
			if r == eof {
				panic(scanError{io.EOF})
			}
			s.unget(r)
			s.scanOne('v', arg)
			n++
		}
		if ln {
			for {
				r := s.getRune()
				if r == '\n' || r == eof {
					break
				}
				if !isSpace(r) {
					panic(scanError{errors.New("expected newline")})
				}
			}
		}
	})
	s.done()
	return
}

func (s *ss) doScanf(format string, a []any) (n int, err error) {
	err = s.run(func() {
		argi := 0
		for i := 0; i < len(format); {
			c, w := utf8.DecodeRuneInString(format[i:])
			if c != '%' {
				i += w
				if isSpace(c) {
					// a run of spaces in the format matches zero or more spaces in the input;
					// newlines must match newlines
					nl := c == '\n'
					for i < len(format) && isSpace(rune(format[i])) {
						if format[i] == '\n' {
							nl = true
						}
						i++
					}
					for {
						r := s.getRune()
						if r == eof {
							break
						}
						if r == '\n' && !nl {
							s.unget(r)
							break
						}
						if r == '\n' && nl {
							nl = false
							continue
						}
						if !isSpace(r) {
							s.unget(r)
							break
						}
					}
					continue
				}
				r := s.getRune()
				if r != c {
					if r == eof {
						panic(scanError{io.ErrUnexpectedEOF})
					}
					s.unget(r)
					panic(scanError{errors.New("input does not match format")})
				}
				continue
			}
			i += w
			if i >= len(format) {
				panic(scanError{errors.New("too few operands for format '%'")})
			}
			verb, w := utf8.DecodeRuneInString(format[i:])
			i += w
			if verb == '%' {
				s.skipSpace()
				if r := s.getRune(); r != '%' {
					panic(scanError{errors.New("missing literal %")})
				}
				continue
			}
			if argi >= len(a) {
				panic(scanError{errors.New("too few operands for format '%" + string(verb) + "'")})
			}
			if verb != 'c' {
				s.nlIsSp = false
			}
			s.scanOne(verb, a[argi])
			argi++
			n++
		}
		if argi < len(a) {
			panic(scanError{errors.New("too many operands")})
		}
	})
	s.done()
	return
}

// Fscan scans text read from r, storing successive space-separated values into successive
// arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) { return newSS(r, true).doScan(a, false) }

// Fscanln is similar to Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) { return newSS(r, false).doScan(a, true) }

// Fscanf scans text read from r, storing successive space-separated values into successive
// arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newSS(r, false).doScanf(format, a)
}

// stringReader reads a string for the S* functions.
type stringReader struct {
	s string
	i int
	p int
}

func (r *stringReader) Read(b []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(b, r.s[r.i:])
	r.i += n
	return n, nil
}

func (r *stringReader) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		return 0, 0, io.EOF
	}
	c, w := utf8.DecodeRuneInString(r.s[r.i:])
	r.p = r.i
	r.i += w
	return c, w, nil
}

func (r *stringReader) UnreadRune() error {
	r.i = r.p
	return nil
}

// Sscan scans the argument string, storing successive space-separated values into successive
// arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) { return Fscan(&stringReader{s: str}, a...) }

// Sscanln is similar to Sscan, but stops scanning at a newline.
func Sscanln(str string, a ...any) (n int, err error) { return Fscanln(&stringReader{s: str}, a...) }

// Sscanf scans the argument string, storing successive space-separated values into successive
// arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}

// Scan scans text read from standard input.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input as determined by the format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }
