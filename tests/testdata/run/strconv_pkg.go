package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"123", "-45", "+7", "", "abc", "99999999999999999999", "-9223372036854775808", "0x1f", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "_1", "-0x80", "300"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	_, err = strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne) || true, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(-255, 16), strconv.FormatUint(math.MaxUint64, 2), strconv.FormatInt(35, 36))
	fmt.Println(string(strconv.AppendInt([]byte("x="), 10, 10)), string(strconv.AppendQuote(nil, "q")), string(strconv.AppendBool(nil, true)))
	for _, s := range []string{"1", "t", "TRUE", "False", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	for _, f := range []float64{0, 1, -1.5, 3.14159, 1e21, 1e20, 1e-7, 123456789, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN(), math.Copysign(0, -1), 100, 2.5, 1.0 / 3} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'g', 3, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 4, 64), strconv.FormatFloat(f, 'G', 10, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'b', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64), strconv.FormatFloat(1.5, 'x', 0, 64), strconv.FormatFloat(1.75, 'X', 1, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(1e6, 'g', -1, 64), strconv.FormatFloat(123456, 'g', 2, 64), strconv.FormatFloat(0.0001, 'g', -1, 64), strconv.FormatFloat(0.00001, 'g', -1, 64), strconv.FormatFloat(100, 'g', 5, 64))
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Infinity", "NaN", "1e400", "-1e400", "1e-400", "0x1.8p1", "0x1p-2", "1_000.5", "1__0", "abc", "", "1e", ".5", "5.", "+.5e-3", "0x1.8", "1.5f"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.Quote("hello\n\"wörld\"\x00\xff☺\u2028"), strconv.QuoteToASCII("wörld☺\U0001F600"), strconv.QuoteToGraphic("a\u00a0b\tc"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune(0x10FFFF+1))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u263a'`, `"\x41\101"`, `"unterminated`, `'ab'`, `"bad\q"`, `""`, `"\"quoted\""`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	fmt.Println(strconv.CanBackquote("abc"), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'))
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9xyz`, '"')
	fmt.Println(r, mb, tail, err)
	fmt.Println(strconv.IntSize)
}
