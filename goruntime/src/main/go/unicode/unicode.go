// Package unicode provides data and functions to test some properties of Unicode code points.
// The classification and case functions are implemented by the runtime
// (gojc.runtime.lib.unicode.Unicode) over the JDK's Unicode character database; range tables are
// built from the same data on first use.
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

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

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
	for _, g := range rangeTab.R16 {
		if r < rune(g.Lo) {
			return false
		}
		if r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	for _, g := range rangeTab.R32 {
		if r < rune(g.Lo) {
			return false
		}
		if r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
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

// table builds the range table of a general category ("Lu", "L", ...) or script ("Latin").
func table(name string) *RangeTable {
	lo, hi := ranges(name)
	t := &RangeTable{}
	for i := range lo {
		if hi[i] <= 0xFFFF {
			t.R16 = append(t.R16, Range16{uint16(lo[i]), uint16(hi[i]), 1})
			if hi[i] <= MaxLatin1 {
				t.LatinOffset++
			}
		} else if lo[i] <= 0xFFFF {
			t.R16 = append(t.R16, Range16{uint16(lo[i]), 0xFFFF, 1})
			t.R32 = append(t.R32, Range32{0x10000, uint32(hi[i]), 1})
		} else {
			t.R32 = append(t.R32, Range32{uint32(lo[i]), uint32(hi[i]), 1})
		}
	}
	return t
}

func ranges(name string) (lo, hi []int32)

var (
	Letter = table("L")
	L      = Letter
	Upper  = table("Lu")
	Lu     = Upper
	Lower  = table("Ll")
	Ll     = Lower
	Title  = table("Lt")
	Lt     = Title
	Lm     = table("Lm")
	Lo     = table("Lo")
	Mark   = table("M")
	M      = Mark
	Mn     = table("Mn")
	Mc     = table("Mc")
	Me     = table("Me")
	Number = table("N")
	N      = Number
	Digit  = table("Nd")
	Nd     = Digit
	Nl     = table("Nl")
	No     = table("No")
	Punct  = table("P")
	P      = Punct
	Pc     = table("Pc")
	Pd     = table("Pd")
	Ps     = table("Ps")
	Pe     = table("Pe")
	Pi     = table("Pi")
	Pf     = table("Pf")
	Po     = table("Po")
	Symbol = table("S")
	S      = Symbol
	Sm     = table("Sm")
	Sc     = table("Sc")
	Sk     = table("Sk")
	So     = table("So")
	Space  = table("Z")
	Z      = Space
	Zs     = table("Zs")
	Zl     = table("Zl")
	Zp     = table("Zp")
	Other  = table("C")
	C      = Other
	Cc     = table("Cc")
	Cf     = table("Cf")
	Co     = table("Co")
	Cs     = table("Cs")

	Latin    = table("Latin")
	Greek    = table("Greek")
	Cyrillic = table("Cyrillic")
	Han      = table("Han")
	Hiragana = table("Hiragana")
	Katakana = table("Katakana")
	Arabic   = table("Arabic")
	Hebrew   = table("Hebrew")
	Hangul   = table("Hangul")
	Thai     = table("Thai")
	Common   = table("Common")

	White_Space = table("White_Space")
)

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
