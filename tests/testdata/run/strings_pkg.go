package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

func main() {
	fmt.Println(strings.Fields("  a b\t c\n"), len(strings.Fields("")))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"), strings.LastIndex("x", ""))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", utf8.RuneError), strings.IndexAny("golang", "xyzn"), strings.LastIndexAny("golang", "go"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("go123", func(r rune) bool { return r < '0' }))
	fmt.Printf("[%s] [%s] [%s]\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace(" \t\n Hello \u00a0\u3000"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Cut("nokey", "="))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'), strings.ContainsAny("x", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("a", "b"))
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("HÉLLO İ"), strings.ToTitle("loud ǆ"), strings.Title("hello wide world"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("abc", "", "-"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(r2.Replace("aaab"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("ab"), strings.NewReplacer("a", "A", "", "-").Replace("abc"))
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	rd := strings.NewReader("héllo")
	buf := make([]byte, 2)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf), rd.Len(), rd.Size())
	c, sz, err := rd.ReadRune()
	fmt.Println(c, sz, err)
	fmt.Println(rd.UnreadRune(), rd.UnreadRune())
	rest, _ := io.ReadAll(rd)
	fmt.Println(string(rest))
	_, err = rd.ReadByte()
	fmt.Println(err, err == io.EOF)
	fmt.Println(strings.ToValidUTF8("a\xff\xfeb", "?"), strings.LastIndexByte("abca", 'a'))
}
