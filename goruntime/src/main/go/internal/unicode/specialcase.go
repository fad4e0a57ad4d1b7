// Package unicode (import path internal/unicode) holds package unicode's special-casing types,
// SpecialCase and CaseRange, which unicode re-exports as aliases. They live apart so that strings
// and bytes can take a unicode.SpecialCase without importing unicode, whose range tables are
// costly to build at start-up. The package is named unicode so that %T and messages name the
// types as Go does (unicode.SpecialCase).
package unicode

const (
	upperCase = iota
	lowerCase
	titleCase
	maxCase
)

// UpperLower as a Delta entry means the range alternates upper and lower case, upper first.
const UpperLower = '\U0010FFFF' + 1

// d is the delta to add to a code point to reach each case.
type d [maxCase]rune

// CaseRange represents a range of Unicode code points for simple (one code point to one code
// point) case conversion: Lo..Hi inclusive, with Delta per case (or UpperLower).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish, sorted by Lo.
type SpecialCase []CaseRange

// ToUpper maps r to upper case, giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	if r1, ok := to(upperCase, r, special); ok {
		return r1
	}
	return toUpper(r)
}

// ToTitle maps r to title case, giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	if r1, ok := to(titleCase, r, special); ok {
		return r1
	}
	return toTitle(r)
}

// ToLower maps r to lower case, giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	if r1, ok := to(lowerCase, r, special); ok {
		return r1
	}
	return toLower(r)
}

// to maps r through the ranges (sorted by Lo) by binary search; ok reports whether a range
// held r.
func to(c int, r rune, ranges []CaseRange) (mapped rune, ok bool) {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := ranges[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[c]
			if delta > '\U0010FFFF' {
				// Alternating upper/lower pairs starting at Lo: the even offsets are upper case.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(c&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// Package unicode's plain mappings, bound to the runtime.
func toUpper(r rune) rune
func toLower(r rune) rune
func toTitle(r rune) rune

// TurkishCase maps dotted and dotless I as Turkish and Azeri do.
var TurkishCase SpecialCase = turkishCase

var turkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is TurkishCase: Azeri cases I the same way.
var AzeriCase SpecialCase = turkishCase
