package main

import (
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\u00a0', '\u0085', '\u2003', '!', '$', '+', 'é', 'ǅ', '٣', 'Ⅷ', '世', '\u0301', 0x7f, -1, 0x110000} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 's', 'ſ', '1', 'Σ', 'σ', 'ς'} {
		fmt.Print(unicode.SimpleFold(r), " ")
	}
	fmt.Println()
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('α', unicode.Latin, unicode.Greek), unicode.Is(unicode.Cyrillic, 'a'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'))
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.MaxRune, unicode.ReplacementChar, unicode.Version)
	s := "héllo, 世界\xff!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"), utf8.RuneLen('世'), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Print(r, ":", w, " ")
		i += w
	}
	fmt.Println()
	r, w := utf8.DecodeLastRuneInString(s)
	fmt.Println(r, w)
	r, w = utf8.DecodeLastRuneInString("世")
	fmt.Println(r, w)
	r, w = utf8.DecodeRune([]byte{0xed, 0xa0, 0x80})
	fmt.Println(r, w)
	r, w = utf8.DecodeRune([]byte{0xf0, 0x9f, 0x98})
	fmt.Println(r, w, utf8.FullRune([]byte{0xf0, 0x9f, 0x98}), utf8.FullRune([]byte{0xf0, 0x9f, 0x98, 0x80}), utf8.FullRuneInString("\xe4"))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], utf8.AppendRune([]byte("x"), 0x1F600), utf8.RuneStart(0x80), utf8.ValidRune(0x10FFFF), utf8.ValidRune(0xDFFF))
	n = utf8.EncodeRune(buf, 0xD800)
	fmt.Println(buf[:n], utf8.RuneCount([]byte("a\xffb")), utf8.Valid([]byte{0xc0, 0x80}))
	u := utf16.Encode([]rune("a😀b"))
	fmt.Println(u, string(utf16.Decode(u)), utf16.IsSurrogate(0xD800), utf16.Decode([]uint16{0xD800, 'x'}))
	r1, r2 := utf16.EncodeRune(0x1F600)
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'))
}
