// The conversion of one operand of a scan: which verbs each kind of operand accepts, the runes
// a token of that kind may hold, and the store through the operand's pointer. Pointers to named
// types (which Go reaches through reflection) go through the runtime natives below.

package fmt

import (
	"errors"
	"io"
	"math"
	"strconv"
)

var (
	complexError = errors.New("syntax error scanning complex number")
	boolError    = errors.New("syntax error scanning boolean")
)

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
	floatVerbs        = "beEfFgGv"
)

// Kinds of a pointer's element that elemKind reports (in the bits above the low byte, which
// holds the element's size in bits).
const (
	elemNotPointer = iota
	elemOther
	elemBool
	elemInt
	elemUint
	elemFloat
	elemComplex
	elemString
	elemBytes
	elemSlice
)

func elemKind(p any) int
func setInt(p any, v int64)
func setFloat(p any, v float64)
func setComplex(p any, v complex128)
func setString(p any, v string)
func setBool(p any, v bool)
func setBytes(p any, v []byte)

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) >= 0 {
		return true
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(boolError)
		}
		return false
	}
	return false
}

func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// isDigit reports whether r is in digits, one of the digit sets above, with or without a
// trailing '_': the sets differ in length, which a byte-by-byte search would cost per rune.
func isDigit(digits string, r rune) bool {
	if r == '_' {
		return len(digits)%2 == 1
	}
	switch len(digits) &^ 1 {
	case 2:
		return r == '0' || r == '1'
	case 8:
		return '0' <= r && r <= '7'
	case 10:
		return '0' <= r && r <= '9'
	}
	return '0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F'
}

// acceptDigit is accept for a digit set.
func (s *ss) acceptDigit(digits string) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if isDigit(digits, r) {
		s.buf = append(s.buf, byte(r))
		return true
	}
	s.UnreadRune()
	return false
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.acceptDigit(digits) {
			s.errorString("expected integer")
		}
	}
	for s.acceptDigit(digits) {
	}
	return string(s.buf)
}

// scanRune reads one rune for %c, which must fit the operand's size.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := int64(s.getRune())
	n := uint(bitSize)
	if (r<<(64-n))>>(64-n) != r {
		s.errorString("overflow on character value " + string(rune(r)))
	}
	return r
}

// scanBasePrefix reads %v's optional 0b, 0o, 0x or 0 prefix; base 0 leaves the prefix to
// strconv.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if (i<<(64-n))>>(64-n) != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if (i<<(64-n))>>(64-n) != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken reads the longest prefix that may be a floating-point literal: NaN, a signed Inf,
// decimal or hexadecimal mantissa and exponent, underscores included.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.acceptDigit(digits) {
	}
	if s.accept(period) {
		for s.acceptDigit(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.acceptDigit(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func (s *ss) complexTokens() (real, imag string) {
	parens := s.accept("(")
	real = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.error(complexError)
	}
	imagSign := string(s.buf)
	imag = s.floatToken()
	if !s.accept("i") {
		s.error(complexError)
	}
	if parens && !s.accept(")") {
		s.error(complexError)
	}
	return real, imagSign + imag
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// convertFloat parses a float token; a decimal mantissa with a 'p' exponent is a power of two
// scaling, which strconv does not accept, so it is applied here.
func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *ss) scanFloat(verb rune, n int, typ string) float64 {
	if typ != "" && !s.okVerb(verb, floatVerbs, typ) {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), n)
}

func (s *ss) scanComplex(verb rune, n int) complex128 {
	if !s.okVerb(verb, floatVerbs, "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	sreal, simag := s.complexTokens()
	return complex(s.convertFloat(sreal, n/2), s.convertFloat(simag, n/2))
}

func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads a back-quoted or double-quoted Go string literal.
func (s *ss) quotedString() string {
	s.notEOF()
	switch quote := s.getRune(); quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.writeRune(r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.writeRune(r)
			if r == '\\' {
				s.writeRune(s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return int(d-'a') + 10, true
	case 'A' <= d && d <= 'F':
		return int(d-'A') + 10, true
	}
	return -1, false
}

func (s *ss) hexByte() (b byte, ok bool) {
	r := s.getRune()
	if r == eof {
		return
	}
	hi, ok := hexDigit(r)
	if !ok {
		s.UnreadRune()
		return
	}
	lo, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return
	}
	return byte(hi<<4 | lo), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

// scanOne scans one operand; a Scanner's own errors come back with io.EOF turned into
// io.ErrUnexpectedEOF, since the operand was started.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *string:
		*v = s.convertString(verb)
	case *float64:
		*v = s.scanFloat(verb, 64, "float64")
	case *bool:
		*v = s.scanBool(verb)
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32, "float32"))
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanNamed(verb, arg)
	}
}

// zeroValueError is the panic of a nil operand, which Go's reflection raises.
type zeroValueError struct{}

func (zeroValueError) Error() string { return "reflect: call of reflect.Value.Type on zero Value" }

// scanNamed scans into a pointer to a named type whose underlying type is scannable.
func (s *ss) scanNamed(verb rune, arg any) {
	if arg == nil {
		panic(&zeroValueError{})
	}
	k := elemKind(arg)
	bits := k & 0xff
	switch k >> 8 {
	case elemNotPointer:
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	case elemBool:
		setBool(arg, s.scanBool(verb))
	case elemInt:
		setInt(arg, s.scanInt(verb, bits))
	case elemUint:
		setInt(arg, int64(s.scanUint(verb, bits)))
	case elemString:
		setString(arg, s.convertString(verb))
	case elemBytes:
		setBytes(arg, []byte(s.convertString(verb)))
	case elemFloat:
		setFloat(arg, s.scanFloat(verb, bits, ""))
	case elemComplex:
		setComplex(arg, s.scanComplex(verb, bits))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}
