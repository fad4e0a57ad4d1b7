// fmt scanning edge cases: nested scans inside fmt.Scanner operands (a ScanState is itself a
// RuneScanner, with the outer operand's width and newline rules), odd integer and float tokens,
// format flags and huge widths, and a Scanner's own panic going through the scan.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Pair struct{ A, B string }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscan(st, &p.A, &p.B)
	return err
}

type Ln struct{ A, B int }

func (p *Ln) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanln(st, &p.A, &p.B)
	return err
}

type Boom struct{}

func (Boom) Scan(st fmt.ScanState, verb rune) error { panic("boom") }

func main() {
	var i int
	var u uint
	var f float64
	var s string
	p := func(a ...any) { fmt.Println(a...) }
	n, err := fmt.Sscan("0x", &i)
	p(n, err, i)
	n, err = fmt.Sscan("+5", &u)
	p(n, err, u)
	n, err = fmt.Sscan("--5", &i)
	p(n, err, i)
	n, err = fmt.Sscan("0b", &i)
	p(n, err, i)
	n, err = fmt.Sscan("0_1", &i)
	p(n, err, i)
	n, err = fmt.Sscan("1__0", &i)
	p(n, err, i)
	n, err = fmt.Sscan("0x_1p4 1_0e1 .e1", &f, &f, &f)
	p(n, err, f)
	n, err = fmt.Sscanf("12", "%5.2d", &i)
	p(n, err, i)
	n, err = fmt.Sscanf("12", "%-d", &i)
	p(n, err, i)
	n, err = fmt.Sscanf("12", "%+d", &i)
	p(n, err, i)
	n, err = fmt.Sscanf("a b", "%s%s", &s, &s)
	p(n, err, s)
	var pr Pair
	n, err = fmt.Sscan("x\ny z", &pr, &s)
	p(n, err, pr, s)
	n, err = fmt.Sscanln("x\ny z", &pr, &s)
	p(n, err, pr, s)
	var ln Ln
	n, err = fmt.Sscan("1 2\n3", &ln, &i)
	p(n, err, ln, i)
	n, err = fmt.Sscanf("1 2 3", "%v %d", &ln, &i)
	p(n, err, ln, i)
	n, err = fmt.Sscanf("abcdefgh", "%3v%s", &pr, &s)
	p(n, err, pr, s)
	r := strings.NewReader("42 rest")
	n, err = fmt.Fscanf(r, "%d", &i)
	rest, _ := io.ReadAll(r)
	p(n, err, i, string(rest))
	n, err = fmt.Sscanf("1000000000000", "%1000000000000d", &i)
	p(n, err, i)
	n, err = fmt.Sscanf("7", "%d\n\n\n", &i)
	p(n, err, i)
	n, err = fmt.Sscanf("7  x", "%d \n x", &i)
	p(n, err, i)
	n, err = fmt.Sscan("1", Boom{})
	p(n, err)
}
