// Package unicode against Go 1.19's Unicode 13.0.0 data over the whole code space: per range table
// (every Categories, Scripts, Properties, FoldCategory and FoldScript entry, the named variables,
// GraphicRanges, PrintRanges) its sizes and FNV hashes of its literal ranges and of its members;
// per predicate and case mapping (and strconv's printability) FNV hashes over -2..MaxRune+2.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"unicode"
)

const prime = 16777619

func h(x uint32, v uint32) uint32 {
	for i := 0; i < 4; i++ {
		x ^= v & 0xff
		x *= prime
		v >>= 8
	}
	return x
}

// layout hashes the literal ranges; members hashes the set as maximal runs.
func table(name string, t *unicode.RangeTable) {
	lay := uint32(2166136261)
	var cps []rune
	for _, r := range t.R16 {
		lay = h(h(h(lay, uint32(r.Lo)), uint32(r.Hi)), uint32(r.Stride))
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			cps = append(cps, c)
		}
	}
	for _, r := range t.R32 {
		lay = h(h(h(lay, r.Lo), r.Hi), r.Stride|0x80000000)
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			cps = append(cps, c)
		}
	}
	mem := uint32(2166136261)
	for i := 0; i < len(cps); {
		j := i
		for j+1 < len(cps) && cps[j+1] == cps[j]+1 {
			j++
		}
		mem = h(h(mem, uint32(cps[i])), uint32(cps[j]))
		i = j + 1
	}
	fmt.Printf("%s r16=%d r32=%d latin=%d n=%d layout=%08x members=%08x\n", name, len(t.R16), len(t.R32), t.LatinOffset, len(cps), lay, mem)
}

func tables(kind string, m map[string]*unicode.RangeTable) {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(kind, len(keys))
	for _, k := range keys {
		table(kind+"."+k, m[k])
	}
}

func pred(name string, f func(rune) bool) {
	x := uint32(2166136261)
	n := 0
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if f(r) {
			x = h(x, uint32(r))
			n++
		}
	}
	fmt.Printf("%s n=%d hash=%08x\n", name, n, x)
}

func mapping(name string, f func(rune) rune) {
	x := uint32(2166136261)
	n := 0
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if m := f(r); m != r {
			x = h(h(x, uint32(r)), uint32(m))
			n++
		}
	}
	fmt.Printf("%s changed=%d hash=%08x\n", name, n, x)
}

func main() {
	fmt.Println(unicode.Version, unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	tables("Categories", unicode.Categories)
	tables("Scripts", unicode.Scripts)
	tables("Properties", unicode.Properties)
	tables("FoldCategory", unicode.FoldCategory)
	tables("FoldScript", unicode.FoldScript)
	named := []struct {
		n string
		t *unicode.RangeTable
	}{{"Letter", unicode.Letter}, {"Upper", unicode.Upper}, {"Lower", unicode.Lower}, {"Title", unicode.Title},
		{"Mark", unicode.Mark}, {"Number", unicode.Number}, {"Digit", unicode.Digit}, {"Punct", unicode.Punct},
		{"Symbol", unicode.Symbol}, {"Space", unicode.Space}, {"Other", unicode.Other},
		{"L", unicode.L}, {"Lu", unicode.Lu}, {"Nd", unicode.Nd}, {"Zs", unicode.Zs}, {"Cs", unicode.Cs},
		{"Latin", unicode.Latin}, {"Han", unicode.Han}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"White_Space", unicode.White_Space}, {"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit}, {"Dash", unicode.Dash},
		{"Other_ID_Start", unicode.Other_ID_Start}, {"Pattern_White_Space", unicode.Pattern_White_Space}}
	for _, t := range named {
		table("var."+t.n, t.t)
	}
	for i, t := range unicode.GraphicRanges {
		table(fmt.Sprint("GraphicRanges.", i), t)
	}
	for i, t := range unicode.PrintRanges {
		table(fmt.Sprint("PrintRanges.", i), t)
	}
	cr := uint32(2166136261)
	for _, c := range unicode.CaseRanges {
		cr = h(h(h(h(h(cr, c.Lo), c.Hi), uint32(c.Delta[0])), uint32(c.Delta[1])), uint32(c.Delta[2]))
	}
	fmt.Printf("CaseRanges n=%d hash=%08x\n", len(unicode.CaseRanges), cr)
	pred("IsLetter", unicode.IsLetter)
	pred("IsDigit", unicode.IsDigit)
	pred("IsNumber", unicode.IsNumber)
	pred("IsSpace", unicode.IsSpace)
	pred("IsUpper", unicode.IsUpper)
	pred("IsLower", unicode.IsLower)
	pred("IsTitle", unicode.IsTitle)
	pred("IsPunct", unicode.IsPunct)
	pred("IsControl", unicode.IsControl)
	pred("IsGraphic", unicode.IsGraphic)
	pred("IsPrint", unicode.IsPrint)
	pred("IsSymbol", unicode.IsSymbol)
	pred("IsMark", unicode.IsMark)
	pred("strconv.IsPrint", strconv.IsPrint)
	pred("strconv.IsGraphic", strconv.IsGraphic)
	pred("Is(Han)", func(r rune) bool { return unicode.Is(unicode.Han, r) })
	pred("Is(Lu)", func(r rune) bool { return unicode.Is(unicode.Lu, r) })
	pred("In(Greek,Nd)", func(r rune) bool { return unicode.In(r, unicode.Greek, unicode.Nd) })
	pred("IsOneOf(Print)", func(r rune) bool { return unicode.IsOneOf(unicode.PrintRanges, r) })
	mapping("ToUpper", unicode.ToUpper)
	mapping("ToLower", unicode.ToLower)
	mapping("ToTitle", unicode.ToTitle)
	mapping("To(Upper)", func(r rune) rune { return unicode.To(unicode.UpperCase, r) })
	mapping("To(9)", func(r rune) rune { return unicode.To(9, r) })
	mapping("SimpleFold", unicode.SimpleFold)
	mapping("Turkish.ToUpper", unicode.TurkishCase.ToUpper)
	mapping("Turkish.ToLower", unicode.TurkishCase.ToLower)
	fmt.Println(strconv.Quote("a\u0378\u08be\U0001F972\u2028"), strconv.QuoteToGraphic("\u00a0\u3000\u0378"))
}
