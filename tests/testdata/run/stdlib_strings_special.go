package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul ılık"))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL IŞIK"))
	fmt.Println(strings.ToTitleSpecial(unicode.AzeriCase, "iı ǆ"))
	fmt.Println(strings.ToUpper("istanbul"), strings.ToLower("İ"))
	fmt.Printf("%T %d\n", unicode.TurkishCase, len(unicode.TurkishCase))
	fmt.Println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.TurkishCase.ToTitle('a'), unicode.AzeriCase.ToLower('Q'))

	// A user-defined special case, with an UpperLower range.
	sc := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'a', Delta: [unicode.MaxCase]rune{'x' - 'a', 0, 'y' - 'a'}},
		unicode.CaseRange{Lo: 0x100, Hi: 0x105, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	}
	fmt.Println(strings.ToUpperSpecial(sc, "abc"), strings.ToTitleSpecial(sc, "abc"), strings.ToLowerSpecial(sc, "ABC"))
	for r := rune(0x100); r <= 0x105; r++ {
		fmt.Printf("%U %U %U %U\n", r, sc.ToUpper(r), sc.ToLower(r), sc.ToTitle(r))
	}
	var empty unicode.SpecialCase
	fmt.Println(strings.ToUpperSpecial(empty, "go"), strings.ToUpperSpecial(nil, "ß"))

	fmt.Println(strings.Title("hello wide-world_x éa ǆ"))
	fmt.Println(strings.Title(""), strings.Title("  a  b"))
	fmt.Println(unicode.UpperLower, unicode.MaxCase)
}
