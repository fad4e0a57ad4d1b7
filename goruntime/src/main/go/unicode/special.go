// This file re-exports the special-casing types from internal/unicode, where they live so that
// strings and bytes need not import unicode (see that package's comment).
package unicode

import unicase "internal/unicode"

// SpecialCase represents language-specific case mappings such as Turkish. Its methods ToUpper,
// ToLower and ToTitle give priority to the special mapping.
type SpecialCase = unicase.SpecialCase

// CaseRange represents a range of Unicode code points for simple case conversion.
type CaseRange = unicase.CaseRange

// UpperLower in a CaseRange's Delta means the range alternates upper and lower case.
const UpperLower = unicase.UpperLower

// TurkishCase and AzeriCase map dotted and dotless I as those languages do.
var (
	TurkishCase = unicase.TurkishCase
	AzeriCase   = unicase.AzeriCase
)
