// This file implements the case mappings that give priority to a unicode.SpecialCase (such as
// unicode.TurkishCase). The type comes from internal/unicode, which unicode re-exports, so that
// strings does not make every program build unicode's range tables.
package strings

import unicase "internal/unicode"

// ToUpperSpecial returns a copy of s with all Unicode letters mapped to their upper case, using
// the case mapping specified by c.
func ToUpperSpecial(c unicase.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of s with all Unicode letters mapped to their lower case, using
// the case mapping specified by c.
func ToLowerSpecial(c unicase.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of s with all Unicode letters mapped to their title case, giving
// priority to the special casing rules.
func ToTitleSpecial(c unicase.SpecialCase, s string) string { return Map(c.ToTitle, s) }
