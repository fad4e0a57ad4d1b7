// Quote, QuoteToASCII, QuoteToGraphic, AppendQuote and Unquote on printable ASCII, escapes,
// control bytes, invalid UTF-8, non-printable and astral runes, and malformed literals.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ins := []string{"", "hello", "tab\there", "quote\"d", "back\\slash", "naïve ☺", "nl\n", "\a\b\f\r\v\x00\x1f\x7f",
		"\xff", "a\xc3", "\xc3\x28", "\xed\xa0\x80", "\u00a0\u2028\u200b", "\U0001F600 \U000E0001", "\ufffd", "'single'",
		"日本語テキスト", "\u0300", "x\u3000y"}
	for _, s := range ins {
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), u == s, err)
		fmt.Println(string(strconv.AppendQuote([]byte("pre:"), s)), string(strconv.AppendQuoteToASCII(nil, s)))
	}
	lits := []string{`"abc"`, `"a\"b"`, `"a"b"`, "\"a\nb\"", `"\xff"`, "\"\xff\"", "\"a\xc3\"", `"naïve"`, `""`, `"`,
		`'a'`, `'ab'`, `''`, "`raw\r\n`", "`a`b`", `"\u263a"`, `"\q"`, `'\''`, `"'"`, `'"'`, `"\'"`, "\"\u00e9\""}
	for _, l := range lits {
		u, err := strconv.Unquote(l)
		fmt.Printf("%q %q %v\n", l, u, err)
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\U0001F600'), strconv.QuoteRune(0x110000))
}
