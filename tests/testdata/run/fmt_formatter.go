package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int
}

func (m Money) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	s := fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
	if f.Flag('+') {
		s = "+" + s
	}
	if verb == 'x' {
		s = "hex"
	}
	if hasW && len(s) < w {
		s = strings.Repeat("*", w-len(s)) + s
	}
	if hasP {
		s += fmt.Sprint("/", p)
	}
	f.Write([]byte(s))
}

type Code int

func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }

type Wrapper struct {
	M Money
	C Code
}

func main() {
	m := Money{1234}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%10v|%.3v|%x|%d\n", m, m, m, m, m, m)
	fmt.Println([]Money{{1}, {250}})
	fmt.Printf("%v %+v\n", Wrapper{m, 7}, Wrapper{m, 7})
	fmt.Printf("%#v %v %#v\n", Code(3), Code(3), []Code{1, 2})
	fmt.Printf("%#v\n", Wrapper{m, 7})
	s := fmt.Sprintf("%s", &m)
	fmt.Println(s)
}
