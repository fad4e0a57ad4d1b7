// fmt's Fscan family on different readers (a RuneScanner keeps the rune a scan looks past; a
// plain io.Reader loses it), custom fmt.Scanner operands through ScanState, and pointers to
// named types.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// byteReader is a plain io.Reader that counts its Read calls.
type byteReader struct {
	data  string
	reads int
}

func (r *byteReader) Read(p []byte) (int, error) {
	r.reads++
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// failReader fails after its data.
type failReader struct{ data string }

func (r *failReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, r.data[:1])
	r.data = r.data[n:]
	return n, nil
}

// Point scans itself as "x,y" via ScanState.
type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	if verb != 'v' && verb != 'p' {
		return fmt.Errorf("bad verb %c for Point", verb)
	}
	_, err := fmt.Fscanf(st, "%d,%d", &p.X, &p.Y)
	return err
}

// Word collects letters only, reporting the width it was given.
type Word struct {
	Text  string
	Width int
	HasW  bool
}

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	w.Width, w.HasW = st.Width()
	tok, err := st.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	w.Text = strings.ToUpper(string(tok))
	return nil
}

// Runes reads runes itself, skipping space first, up to a '.'.
type Runes []rune

func (rs *Runes) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	for {
		r, size, err := st.ReadRune()
		if err != nil {
			return err
		}
		if r == '.' {
			st.UnreadRune()
			return nil
		}
		_ = size
		*rs = append(*rs, r)
	}
}

// Fail always fails, with io.EOF (which the scan reports as unexpected EOF) or its own error.
type Fail struct{ eof bool }

func (f Fail) Scan(st fmt.ScanState, verb rune) error {
	if f.eof {
		return io.EOF
	}
	_, err := st.Read(make([]byte, 1))
	return err
}

type Celsius float64
type Name string
type Count uint16
type Small int8
type Flag bool
type Blob []byte
type Z complex64

func main() {
	// bufio.Reader is a RuneScanner: nothing is lost between calls.
	br := bufio.NewReader(strings.NewReader("3\n1 2 3\nrest of line\n"))
	var k, sum int
	fmt.Fscan(br, &k)
	for i := 0; i < k; i++ {
		var v int
		fmt.Fscan(br, &v)
		sum += v
	}
	line, _ := br.ReadString('\n')
	fmt.Printf("bufio: k=%d sum=%d line=%q\n", k, sum, line)

	// strings.Reader too.
	sr := strings.NewReader("12ab 34")
	var a int
	var s string
	n, err := fmt.Fscan(sr, &a)
	n2, err2 := fmt.Fscan(sr, &s)
	fmt.Println("strings.Reader:", n, err, a, n2, err2, s, sr.Len())

	// A plain reader is read a byte at a time, and the rune after each token is lost.
	pr := &byteReader{data: "12ab 34 56\n78"}
	n, err = fmt.Fscan(pr, &a)
	fmt.Println("plain 1:", n, err, a, pr.reads, len(pr.data))
	n, err = fmt.Fscan(pr, &s)
	fmt.Println("plain 2:", n, err, s, pr.reads)
	n, err = fmt.Fscanln(pr, &a, &k)
	fmt.Println("plain 3:", n, err, a, k)
	n, err = fmt.Fscan(pr, &a)
	fmt.Println("plain 4:", n, err, a)
	n, err = fmt.Fscan(pr, &a)
	fmt.Println("plain 5:", n, err)

	// Fscanf lines from a bufio.Reader.
	lr := bufio.NewReader(strings.NewReader("1 2\n3 4\n5 x\n"))
	for {
		var x, y int
		n, err := fmt.Fscanf(lr, "%d %d\n", &x, &y)
		fmt.Println("Fscanf line:", n, err, x, y)
		if err != nil {
			break
		}
	}
	// Fscanln lines.
	lr = bufio.NewReader(strings.NewReader("a b\nc\nd e f\n"))
	for i := 0; i < 4; i++ {
		var x, y string
		n, err := fmt.Fscanln(lr, &x, &y)
		fmt.Printf("Fscanln: %d %v %q %q\n", n, err, x, y)
	}

	// A reader error comes back as the scan's error.
	n, err = fmt.Fscan(&failReader{data: "12"}, &a)
	fmt.Println("failing reader:", n, err, a)
	n, err = fmt.Fscan(&failReader{data: "12 "}, &a, &k)
	fmt.Println("failing reader 2:", n, err, a)

	// Invalid UTF-8 reaches the operand as U+FFFD.
	var r1, r2 rune
	n, err = fmt.Sscanf("\xffA", "%c%c", &r1, &r2)
	fmt.Printf("bad utf8: %d %v %U %U\n", n, err, r1, r2)
	n, err = fmt.Sscan("a\xe2\x82b", &s)
	fmt.Printf("bad utf8 word: %d %v %q\n", n, err, s)

	// fmt.Scanner operands.
	var p, q Point
	n, err = fmt.Sscan("3,4 -1,7", &p, &q)
	fmt.Println("Point:", n, err, p, q)
	n, err = fmt.Sscanf("(5,6)", "(%p)", &p)
	fmt.Println("Point %p:", n, err, p)
	n, err = fmt.Sscanf("5,6", "%d", &p)
	fmt.Println("Point %d:", n, err)
	n, err = fmt.Sscan("8;9", &p)
	fmt.Println("Point bad:", n, err, p)
	n, err = fmt.Sscan("8,", &p)
	fmt.Println("Point EOF:", n, err)
	var w1, w2 Word
	n, err = fmt.Sscanf("  hello42 world", "%3v%v", &w1, &w2)
	fmt.Printf("Word: %d %v %+v %+v\n", n, err, w1, w2)
	n, err = fmt.Sscan("   ", &w1)
	fmt.Printf("Word blank: %d %v\n", n, err)
	var rs Runes
	n, err = fmt.Sscan("  héllo wörld. 5", &rs, &a)
	fmt.Printf("Runes: %d %v %q %d\n", n, err, string(rs), a)
	rs = nil
	n, err = fmt.Sscan("no dot", &rs)
	fmt.Printf("Runes EOF: %d %v %q\n", n, err, string(rs))
	n, err = fmt.Sscanf("abcdef.", "%3v", &rs)
	fmt.Printf("Runes width: %d %v %q\n", n, err, string(rs))
	n, err = fmt.Sscan("x", Fail{eof: true})
	fmt.Println("Fail eof:", n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscan("x", Fail{})
	fmt.Println("Fail read:", n, err)
	n, err = fmt.Sscanln("7,8\n", &p)
	fmt.Println("Point ln:", n, err, p)

	// Pointers to named types.
	var c Celsius
	var nm Name
	var cnt Count
	var sm Small
	var fl Flag
	var bl Blob
	var z Z
	n, err = fmt.Sscan("36.6 bob 65535 -5 true blob (1-1i)", &c, &nm, &cnt, &sm, &fl, &bl, &z)
	fmt.Println("named:", n, err, c, nm, cnt, sm, fl, string(bl), z)
	n, err = fmt.Sscan("65536", &cnt)
	fmt.Println("named overflow:", n, err, cnt)
	n, err = fmt.Sscan("200", &sm)
	fmt.Println("named int8 overflow:", n, err, sm)
	n, err = fmt.Sscanf("ff", "%x", &cnt)
	fmt.Println("named %x:", n, err, cnt)
	n, err = fmt.Sscanf("12", "%s", &cnt)
	fmt.Println("named bad verb:", n, err)
	n, err = fmt.Sscanf("6869", "%x", &nm)
	fmt.Println("named string %x:", n, err, nm)
	n, err = fmt.Sscan("1e-3", &c)
	fmt.Println("named float:", n, err, c)
	n, err = fmt.Sscanf("x", "%c", &sm)
	fmt.Println("named %c:", n, err, sm)
}
