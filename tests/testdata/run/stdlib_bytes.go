package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v len=%d cap=%d\n", name, b, b == nil, len(b), cap(b))
}

func showAll(name string, bs [][]byte) {
	fmt.Printf("%s: n=%d nil=%v [", name, len(bs), bs == nil)
	for i, b := range bs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q/%d", b, cap(b))
	}
	fmt.Println("]")
}

func main() {
	s := []byte("Hello, 世界! hello, world")
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.Compare(nil, nil), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare([]byte("ab"), []byte("a")), bytes.Compare([]byte{0xff}, []byte{1}))
	fmt.Println(bytes.Index(s, []byte("llo")), bytes.LastIndex(s, []byte("llo")), bytes.Index(s, nil), bytes.LastIndex(s, nil), bytes.Index(s, []byte("zz")))
	fmt.Println(bytes.IndexByte(s, 'o'), bytes.LastIndexByte(s, 'o'), bytes.IndexByte(s, 'z'))
	fmt.Println(bytes.IndexRune(s, '界'), bytes.IndexRune(s, 'w'), bytes.IndexRune([]byte("a\xffb"), unicode.ReplacementChar), bytes.IndexRune(s, -1))
	fmt.Println(bytes.IndexAny(s, "界w"), bytes.LastIndexAny(s, "lH"), bytes.IndexAny(s, ""), bytes.IndexAny([]byte("x\xff"), "\uFFFD"), bytes.LastIndexAny([]byte("ab"), "\xff"))
	fmt.Println(bytes.IndexAny([]byte("é\xff!x"), "x!"), bytes.LastIndexAny([]byte("!é\xffx"), "!x"), bytes.LastIndexAny([]byte("!é\xffx"), "!"), bytes.IndexAny(nil, "a"), bytes.IndexAny([]byte("abc"), "\x00"))
	fmt.Println(bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsUpper), bytes.IndexFunc(s, func(r rune) bool { return r > 1000 }))
	fmt.Println(bytes.Contains(s, []byte("世")), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, '!'), bytes.Contains(nil, nil))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count(s, nil), bytes.Count([]byte("aaaa"), []byte("aa")))
	fmt.Println(bytes.HasPrefix(s, []byte("Hell")), bytes.HasSuffix(s, []byte("world")), bytes.HasPrefix(nil, nil))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("σ"), []byte("Σ")), bytes.EqualFold([]byte("K"), []byte("\u212a")), bytes.EqualFold([]byte("a"), []byte("ab")))

	b, a, f := bytes.Cut([]byte("key=value=x"), []byte("="))
	show("cut.before", b)
	show("cut.after", a)
	fmt.Println(f)
	b, a, f = bytes.Cut([]byte("novalue"), []byte("="))
	show("cut2.before", b)
	show("cut2.after", a)
	fmt.Println(f)

	showAll("Split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	showAll("Split empty sep", bytes.Split([]byte("a世\xffc"), nil))
	showAll("SplitN 2", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	showAll("SplitN 0", bytes.SplitN([]byte("a,b,c"), []byte(","), 0))
	showAll("SplitN empty 2", bytes.SplitN([]byte("abc"), nil, 2))
	showAll("SplitAfter", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	showAll("SplitAfterN", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	showAll("Split of empty", bytes.Split(nil, []byte(",")))
	showAll("Fields", bytes.Fields([]byte("  foo bar\tbaz\n ")))
	showAll("Fields unicode", bytes.Fields([]byte("\u00a0foo\u2003bar ")))
	showAll("Fields empty", bytes.Fields([]byte("   ")))
	showAll("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))

	show("Join", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	show("Join1", bytes.Join([][]byte{[]byte("abc")}, []byte(", ")))
	show("Join1 empty", bytes.Join([][]byte{{}}, []byte(", ")))
	show("Join0", bytes.Join(nil, []byte(", ")))
	show("Repeat", bytes.Repeat([]byte("ab"), 3))
	show("Repeat0", bytes.Repeat([]byte("ab"), 0))
	show("ToUpper", bytes.ToUpper([]byte("hello wörld ß")))
	show("ToUpper ascii", bytes.ToUpper([]byte("abc")))
	show("ToUpper nochange", bytes.ToUpper([]byte("ABC")))
	show("ToUpper empty", bytes.ToUpper(nil))
	show("ToUpper edges", bytes.ToUpper([]byte("@[`{azAZ09\x7f\x00")))
	show("ToLower edges", bytes.ToLower([]byte("@[`{azAZ09\x7f\x00")))
	show("ToLower nochange", bytes.ToLower([]byte("hello, world!")))
	show("ToLower", bytes.ToLower([]byte("HELLO WÖRLD Σ")))
	show("ToTitle", bytes.ToTitle([]byte("ǆungla")))
	show("Title", bytes.Title([]byte("hello wide-world_x éa")))
	show("ToUpperSpecial", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("istanbul ıi")))
	show("ToLowerSpecial", bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İSTANBUL I")))
	show("ToTitleSpecial", bytes.ToTitleSpecial(unicode.AzeriCase, []byte("iı")))
	show("Map", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		if r == 'b' {
			return '世'
		}
		return r
	}, []byte("abcabc")))
	show("Map invalid", bytes.Map(func(r rune) rune { return r }, []byte("a\xffb")))
	show("ToValidUTF8", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc0"), []byte("?")))
	fmt.Println(bytes.Runes([]byte("a世\xff")))

	show("Trim", bytes.Trim([]byte("xxhixx"), "x"))
	show("Trim all", bytes.Trim([]byte("xxxx"), "x"))
	show("Trim nil", bytes.Trim(nil, "x"))
	show("Trim empty cutset", bytes.Trim([]byte("ab"), ""))
	show("TrimLeft", bytes.TrimLeft([]byte("¡¡hi!!"), "!¡"))
	show("TrimLeft all", bytes.TrimLeft([]byte("aaa"), "a"))
	show("TrimRight", bytes.TrimRight([]byte("¡¡hi!!"), "!¡"))
	show("TrimRight all", bytes.TrimRight([]byte("aaa"), "a"))
	show("TrimRight empty", bytes.TrimRight([]byte{}, "a"))
	show("TrimSpace", bytes.TrimSpace([]byte(" \t hi there \n")))
	show("TrimSpace all", bytes.TrimSpace([]byte("  ")))
	show("TrimSpace unicode", bytes.TrimSpace([]byte("\u2003hi\u00a0")))
	show("TrimFunc", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	show("TrimLeftFunc all", bytes.TrimLeftFunc([]byte("123"), unicode.IsDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc([]byte("123"), unicode.IsDigit))
	show("TrimPrefix", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	show("TrimSuffix no", bytes.TrimSuffix([]byte("body.go"), []byte(".c")))

	show("Replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	show("Replace all", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), -1))
	show("Replace empty old", bytes.Replace([]byte("ab世"), nil, []byte("-"), -1))
	show("Replace none", bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1))
	show("Replace n=0", bytes.Replace([]byte("abc"), []byte("a"), []byte("y"), 0))
	show("Replace empty", bytes.Replace(nil, []byte("a"), []byte("y"), -1))
	show("ReplaceAll", bytes.ReplaceAll([]byte("a.b.c"), []byte("."), []byte("::")))

	// Pieces must not alias their neighbours when appended to.
	parts := bytes.Split([]byte("ab,cd"), []byte(","))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%s %s\n", parts[0], parts[1])

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bytes.Repeat([]byte("x"), -1)
	}()
	fmt.Println(bytes.MinRead)
}
