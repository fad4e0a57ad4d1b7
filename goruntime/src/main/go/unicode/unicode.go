// Package unicode provides data and functions to test some properties of Unicode code points.
// The classification and case functions are implemented by the runtime
// (gojc.runtime.lib.unicode.Unicode) over generated Unicode 13.0.0 tables, Go 1.19's edition;
// the exported range tables (tables.go) are built from the same data.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges of code points within
// the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// uint32 comparisons keep negative runes out.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		lo, hi := 0, len(r16)
		for lo < hi {
			m := lo + (hi-lo)/2
			g := r16[m]
			if rune(g.Lo) <= r && r <= rune(g.Hi) {
				return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
			}
			if r < rune(g.Lo) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		return false
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		lo, hi := 0, len(r32)
		for lo < hi {
			m := lo + (hi-lo)/2
			g := r32[m]
			if rune(g.Lo) <= r && r <= rune(g.Hi) {
				return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
			}
			if r < rune(g.Lo) {
				hi = m
			} else {
				lo = m + 1
			}
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// table builds the range table of that name (a category such as "Lu", a script, a property, or
// "fold"+name for FoldCategory and FoldScript) from the runtime's generated Unicode 13.0.0 data,
// which comes as {n16, latinOffset, lo, hi, stride, ...}.
func table(name string) *RangeTable {
	d := ranges(name)
	n16 := int(d[0])
	n := (len(d) - 2) / 3
	t := &RangeTable{LatinOffset: int(d[1])}
	if n16 > 0 {
		t.R16 = make([]Range16, n16)
	}
	if n > n16 {
		t.R32 = make([]Range32, n-n16)
	}
	for i := 0; i < n; i++ {
		lo, hi, stride := d[2+3*i], d[3+3*i], d[4+3*i]
		if i < n16 {
			t.R16[i] = Range16{uint16(lo), uint16(hi), uint16(stride)}
		} else {
			t.R32[i-n16] = Range32{uint32(lo), uint32(hi), uint32(stride)}
		}
	}
	return t
}

func ranges(name string) []int32

func caseRanges() []int32

// CaseRanges is the table describing case mappings for all letters with non-self mappings.
var CaseRanges = makeCaseRanges()

func makeCaseRanges() []CaseRange {
	d := caseRanges()
	c := make([]CaseRange, len(d)/5)
	for i := range c {
		c[i].Lo = uint32(d[5*i])
		c[i].Hi = uint32(d[5*i+1])
		c[i].Delta[0] = d[5*i+2]
		c[i].Delta[1] = d[5*i+3]
		c[i].Delta[2] = d[5*i+4]
	}
	return c
}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{L, M, N, P, S}

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsControl(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// SimpleFold iterates over Unicode code points equivalent under simple case folding: it returns
// the smallest such rune greater than r, else the smallest one.
func SimpleFold(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
