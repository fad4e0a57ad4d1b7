// fmt's Sscan, Sscanln and Sscanf: every verb per operand kind, widths, counts and Go's errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

func show(what string, n int, err error, vals ...any) {
	fmt.Printf("%-28s n=%d err=%v", what, n, err)
	for _, v := range vals {
		switch p := v.(type) {
		case *int:
			fmt.Printf(" %d", *p)
		case *int8:
			fmt.Printf(" %d", *p)
		case *int16:
			fmt.Printf(" %d", *p)
		case *int32:
			fmt.Printf(" %d", *p)
		case *int64:
			fmt.Printf(" %d", *p)
		case *uint:
			fmt.Printf(" %d", *p)
		case *uint8:
			fmt.Printf(" %d", *p)
		case *uint16:
			fmt.Printf(" %d", *p)
		case *uint32:
			fmt.Printf(" %d", *p)
		case *uint64:
			fmt.Printf(" %d", *p)
		case *uintptr:
			fmt.Printf(" %d", *p)
		case *float32:
			fmt.Printf(" %v", *p)
		case *float64:
			fmt.Printf(" %v", *p)
		case *complex64:
			fmt.Printf(" %v", *p)
		case *complex128:
			fmt.Printf(" %v", *p)
		case *string:
			fmt.Printf(" %q", *p)
		case *[]byte:
			fmt.Printf(" %q", *p)
		case *bool:
			fmt.Printf(" %v", *p)
		}
	}
	fmt.Println()
}

func main() {
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	var f32 float32
	var f64 float64
	var c64 complex64
	var c128 complex128
	var s, t string
	var b []byte
	var ok bool
	var r rune

	// integers: verbs and bases
	n, err := fmt.Sscan("42 -17 +5", &i, &i64, &i32)
	show("Sscan ints", n, err, &i, &i64, &i32)
	n, err = fmt.Sscan("0x1F 0o17 017 0b101 1_000", &i, &i8, &i16, &i32, &i64)
	show("Sscan prefixes", n, err, &i, &i8, &i16, &i32, &i64)
	n, err = fmt.Sscanf("101 777 ff FF 99", "%b %o %x %X %d", &i, &i16, &i32, &u, &u8)
	show("Sscanf bases", n, err, &i, &i16, &i32, &u, &u8)
	n, err = fmt.Sscanf("-101 -ff", "%b %x", &i, &i64)
	show("Sscanf signed bases", n, err, &i, &i64)
	n, err = fmt.Sscanf("0x1f", "%x", &i)
	show("Sscanf %x on 0x", n, err, &i)
	n, err = fmt.Sscanf("0x1f", "%v", &i)
	show("Sscanf %v on 0x", n, err, &i)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	show("Sscanf %U", n, err, &r)
	n, err = fmt.Sscanf("1F600", "%U", &r)
	show("Sscanf %U bad", n, err, &r)
	n, err = fmt.Sscanf("12", "%z", &i)
	show("Sscanf %z int", n, err)
	n, err = fmt.Sscanf("12", "%s", &i)
	show("Sscanf %s int", n, err)
	n, err = fmt.Sscan("abc", &i)
	show("Sscan expected integer", n, err)
	n, err = fmt.Sscan("-", &i)
	show("Sscan sign only", n, err)
	n, err = fmt.Sscan("999", &i8)
	show("Sscan int8 overflow", n, err, &i8)
	n, err = fmt.Sscan("300", &u8)
	show("Sscan uint8 overflow", n, err, &u8)
	n, err = fmt.Sscan("-3", &u)
	show("Sscan uint negative", n, err, &u)
	n, err = fmt.Sscan("99999999999999999999", &i)
	show("Sscan int range", n, err, &i)
	var ne *strconv.NumError
	fmt.Println("  is NumError:", errors.As(err, &ne), errors.Is(err, strconv.ErrRange))
	n, err = fmt.Sscan("99999999999999999999", &u64)
	show("Sscan uint64 range", n, err, &u64)
	n, err = fmt.Sscan("18446744073709551615 4294967295 65535 7", &u64, &u32, &u16, &up)
	show("Sscan unsigned max", n, err, &u64, &u32, &u16, &up)
	n, err = fmt.Sscan("-128 127 -32768", &i8, &i8, &i16)
	show("Sscan signed limits", n, err, &i8, &i16)
	n, err = fmt.Sscan("12abc", &i, &s)
	show("Sscan int then word", n, err, &i, &s)
	n, err = fmt.Sscan("08", &i)
	show("Sscan 08", n, err, &i)

	// %c
	n, err = fmt.Sscanf("héllo", "%c%c%c", &r, &i, &u8)
	show("Sscanf %c", n, err, &r, &i, &u8)
	n, err = fmt.Sscanf("é", "%c", &i8)
	show("Sscanf %c overflow", n, err, &i8)
	n, err = fmt.Sscanf(" x", "%c", &r)
	show("Sscanf %c space", n, err, &r)
	n, err = fmt.Sscanf("", "%c", &r)
	show("Sscanf %c empty", n, err)
	n, err = fmt.Sscanf("ab", "%c %c", &r, &i)
	show("Sscanf %c %c no space", n, err, &r, &i)

	// floats
	n, err = fmt.Sscan("3.25 -1e3 +.5 1_000.5", &f64, &f32, &f64, &f64)
	show("Sscan floats", n, err, &f64, &f32)
	n, err = fmt.Sscan("NaN -Inf inf 0x1p-2 1p4", &f64, &f32, &f64, &f64, &f32)
	show("Sscan special floats", n, err, &f64, &f32)
	for _, verb := range []string{"%b", "%e", "%E", "%f", "%F", "%g", "%G", "%v", "%x", "%d", "%t"} {
		n, err = fmt.Sscanf("2.5", verb, &f64)
		show("Sscanf float "+verb, n, err, &f64)
	}
	n, err = fmt.Sscanf("1e400", "%g", &f64)
	show("Sscanf float range", n, err, &f64)
	n, err = fmt.Sscanf("1e40", "%g", &f32)
	show("Sscanf float32 range", n, err, &f32)
	n, err = fmt.Sscan("abc", &f64)
	show("Sscan bad float", n, err, &f64)
	n, err = fmt.Sscan("1.5.5", &f64, &s)
	show("Sscan float then rest", n, err, &f64, &s)
	n, err = fmt.Sscan("1e", &f64)
	show("Sscan float 1e", n, err, &f64)
	n, err = fmt.Sscan("1.5pz", &f64)
	show("Sscan float 1.5p", n, err, &f64)

	// complex
	n, err = fmt.Sscan("(1+2i) 3.5-4i", &c128, &c64)
	show("Sscan complex", n, err, &c128, &c64)
	n, err = fmt.Sscan("(1+2i", &c128)
	show("Sscan complex no paren", n, err)
	n, err = fmt.Sscan("12", &c128)
	show("Sscan complex bad", n, err)
	n, err = fmt.Sscanf("1+2i", "%d", &c128)
	show("Sscanf %d complex", n, err)

	// strings and byte slices
	n, err = fmt.Sscan("  hello\tworld ", &s, &t)
	show("Sscan words", n, err, &s, &t)
	n, err = fmt.Sscanf(`"a\tb" `+"`raw q`", "%q %q", &s, &t)
	show("Sscanf %q", n, err, &s, &t)
	n, err = fmt.Sscanf(`"unterminated`, "%q", &s)
	show("Sscanf %q open", n, err)
	n, err = fmt.Sscanf(`plain`, "%q", &s)
	show("Sscanf %q bare", n, err)
	n, err = fmt.Sscanf(`"\z"`, "%q", &s)
	show("Sscanf %q bad escape", n, err)
	n, err = fmt.Sscanf("68656c6c6f 776F726C64", "%x %X", &s, &b)
	show("Sscanf %x strings", n, err, &s, &b)
	n, err = fmt.Sscanf("6g", "%x", &s)
	show("Sscanf %x illegal", n, err)
	n, err = fmt.Sscanf("zz", "%x", &s)
	show("Sscanf %x none", n, err)
	n, err = fmt.Sscanf("abc", "%d", &s)
	show("Sscanf %d string", n, err)
	n, err = fmt.Sscanf("bytes here", "%s %v", &b, &s)
	show("Sscanf []byte", n, err, &b, &s)

	// booleans
	n, err = fmt.Sscan("true false T F 1 0 TRUE fAlSe", &ok, &ok, &ok, &ok, &ok, &ok, &ok, &ok)
	show("Sscan bools", n, err, &ok)
	n, err = fmt.Sscan("tru", &ok)
	show("Sscan tru", n, err, &ok)
	n, err = fmt.Sscan("yes", &ok)
	show("Sscan yes", n, err, &ok)
	n, err = fmt.Sscanf("true", "%d", &ok)
	show("Sscanf %d bool", n, err, &ok)
	n, err = fmt.Sscan("t2", &ok, &i)
	show("Sscan t2", n, err, &ok, &i)

	// widths
	n, err = fmt.Sscanf("123456", "%3d%3d", &i, &i64)
	show("Sscanf %3d%3d", n, err, &i, &i64)
	n, err = fmt.Sscanf("abcdef", "%2s%s", &s, &t)
	show("Sscanf %2s%s", n, err, &s, &t)
	n, err = fmt.Sscanf("héllo wörld", "%5c", &r)
	show("Sscanf %5c", n, err, &r)
	n, err = fmt.Sscanf("3.14159", "%4f%d", &f64, &i)
	show("Sscanf %4f%d", n, err, &f64, &i)
	n, err = fmt.Sscanf("  12345", "%2d", &i)
	show("Sscanf width after space", n, err, &i)
	n, err = fmt.Sscanf("ab cd", "%5s", &s)
	show("Sscanf %5s stops at space", n, err, &s)
	n, err = fmt.Sscanf("abcdef", "%0s", &s)
	show("Sscanf %0s", n, err, &s)
	n, err = fmt.Sscanf("abcdef", "%1x", &s)
	show("Sscanf %1x", n, err, &s)
	n, err = fmt.Sscanf("truefalse", "%4t%5t", &ok, &ok)
	show("Sscanf %4t%5t", n, err, &ok)
	n, err = fmt.Sscanf("1+2i", "%2v", &c128)
	show("Sscanf %2v complex", n, err)

	// literals and format mismatches
	n, err = fmt.Sscanf("(1,2)", "(%d,%d)", &i, &i64)
	show("Sscanf literals", n, err, &i, &i64)
	n, err = fmt.Sscanf("[1;2]", "(%d,%d)", &i, &i64)
	show("Sscanf literal mismatch", n, err)
	n, err = fmt.Sscanf("1;2", "%d,%d", &i, &i64)
	show("Sscanf mid mismatch", n, err, &i)
	n, err = fmt.Sscanf("1", "%d,%d", &i, &i64)
	show("Sscanf literal at EOF", n, err, &i)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	show("Sscanf %%", n, err, &i)
	n, err = fmt.Sscanf("50 %", "%d %%", &i)
	show("Sscanf space %%", n, err, &i)
	n, err = fmt.Sscanf("50x", "%d%%", &i)
	show("Sscanf missing %", n, err, &i)
	n, err = fmt.Sscanf("5", "%d%", &i)
	show("Sscanf trailing %", n, err, &i)
	n, err = fmt.Sscanf("5 6", "%d %d", &i)
	show("Sscanf too few operands", n, err, &i)
	n, err = fmt.Sscanf("5 6", "%d", &i, &i64)
	show("Sscanf too many operands", n, err, &i)
	n, err = fmt.Sscanf("5", "%d %d", &i, &i64)
	show("Sscanf EOF second", n, err, &i)
	n, err = fmt.Sscanf("5 ", "%d %d", &i, &i64)
	show("Sscanf EOF after space", n, err, &i)
	n, err = fmt.Sscanf("", "%d", &i)
	show("Sscanf empty", n, err)
	fmt.Println("  is io.EOF:", err == io.EOF)
	n, err = fmt.Sscanf("0x1f 0755 z", "%x %o %c", &i, &i64, &r)
	show("Sscanf %c needs space", n, err, &i, &i64)
	n, err = fmt.Sscanf("1 2", "%d%d", &i, &i64)
	show("Sscanf %d%d", n, err, &i, &i64)
	n, err = fmt.Sscanf("12", "%d %d", &i, &i64)
	show("Sscanf space needs space", n, err, &i)
	n, err = fmt.Sscanf("x", "", &i)
	show("Sscanf empty format", n, err)
	n, err = fmt.Sscanf("héllo", "h%s", &s)
	show("Sscanf literal prefix", n, err, &s)
	n, err = fmt.Sscanf("1\t\t2", "%d %d", &i, &i64)
	show("Sscanf tabs", n, err, &i, &i64)
	n, err = fmt.Sscanf("1 2", "%d\t%d", &i, &i64)
	show("Sscanf tab in format", n, err, &i, &i64)

	// newlines in Scanf
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &i64)
	show("Sscanf nl matches", n, err, &i, &i64)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &i64)
	show("Sscanf nl vs space", n, err, &i)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &i64)
	show("Sscanf space vs nl", n, err, &i)
	n, err = fmt.Sscanf("1\n2", "%d%d", &i, &i64)
	show("Sscanf no space vs nl", n, err, &i)
	n, err = fmt.Sscanf("1  \n  2", "%d \n %d", &i, &i64)
	show("Sscanf spaced nl", n, err, &i, &i64)
	n, err = fmt.Sscanf("1\r\n2", "%d\n%d", &i, &i64)
	show("Sscanf crlf", n, err, &i, &i64)
	n, err = fmt.Sscanf("1\n\n2", "%d\n%d", &i, &i64)
	show("Sscanf two nl one", n, err, &i)
	n, err = fmt.Sscanf("1\n", "%d\n\n", &i)
	show("Sscanf nl at EOF", n, err, &i)
	n, err = fmt.Sscanf("1\n", "%d", &i)
	show("Sscanf trailing nl", n, err, &i)
	n, err = fmt.Sscanf("\n1", "%d", &i)
	show("Sscanf leading nl", n, err)
	n, err = fmt.Sscanf("a\nb", "%c%c", &r, &i)
	show("Sscanf %c reads nl", n, err, &r, &i)
	n, err = fmt.Sscanf("x\n", "x\n", &i)
	show("Sscanf literal nl extra op", n, err)
	n, err = fmt.Sscanf("1 \n", "%d \n", &i)
	show("Sscanf space nl", n, err, &i)
	n, err = fmt.Sscanf("1 x", "%d\n", &i)
	show("Sscanf nl vs text", n, err, &i)

	// Sscan and Sscanln newlines
	n, err = fmt.Sscan("1\n\n 2\r\n3", &i, &i64, &i32)
	show("Sscan nl is space", n, err, &i, &i64, &i32)
	n, err = fmt.Sscanln("1 2\n3", &i, &i64)
	show("Sscanln one line", n, err, &i, &i64)
	n, err = fmt.Sscanln("1\n2", &i, &i64)
	show("Sscanln unexpected nl", n, err, &i)
	n, err = fmt.Sscanln("1 2 3", &i, &i64)
	show("Sscanln expected nl", n, err, &i, &i64)
	n, err = fmt.Sscanln("1 2   \n3", &i, &i64)
	show("Sscanln trailing space", n, err, &i, &i64)
	n, err = fmt.Sscanln("1 2\r\n", &i, &i64)
	show("Sscanln crlf", n, err, &i, &i64)
	n, err = fmt.Sscanln("", &i)
	show("Sscanln empty", n, err)
	n, err = fmt.Sscanln("\n", &i)
	show("Sscanln just nl", n, err)
	n, err = fmt.Sscanln("  ", &i)
	show("Sscanln spaces", n, err)
	n, err = fmt.Sscanln("7")
	show("Sscanln no operands", n, err)
	n, err = fmt.Sscan("")
	show("Sscan nothing", n, err)
	n, err = fmt.Sscan("", &i)
	show("Sscan empty", n, err)
	n, err = fmt.Sscan("   \n ", &i)
	show("Sscan blank", n, err)
	n, err = fmt.Sscan("5", &i, &i64)
	show("Sscan short", n, err, &i)
	fmt.Println("  is io.EOF:", err == io.EOF, "unexpected:", err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscan("\u00a0\u20007\u3000", &i)
	show("Sscan unicode spaces", n, err, &i)

	// operands that cannot be scanned
	n, err = fmt.Sscan("1", i)
	show("Sscan non-pointer", n, err)
	var arr []int
	n, err = fmt.Sscan("1", &arr)
	show("Sscan *[]int", n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	show("Sscan *map", n, err)
	var e any
	n, err = fmt.Sscan("1", &e)
	show("Sscan *any", n, err)
}
