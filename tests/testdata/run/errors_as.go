package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type ValErr struct{ s string }

func (e ValErr) Error() string { return e.s }

type Errno int

func (e Errno) Error() string { return fmt.Sprintf("errno %d", int(e)) }
func (e Errno) Timeout() bool { return e == 110 }

type PtrOnly struct{ n int }

func (p *PtrOnly) Error() string { return "ptronly" }
func (p *PtrOnly) Temporary() bool { return true }

type timeout interface{ Timeout() bool }
type temporary interface{ Temporary() bool }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	_, err := os.Open("/no/such/dir/file")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("path error:", pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))

	e := fmt.Errorf("wrap: %w", &MyErr{42})
	var me *MyErr
	fmt.Println(errors.As(e, &me), me)
	var ve ValErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", ValErr{"val"}), &ve), ve)
	fmt.Println(errors.As(fmt.Errorf("x: %w", &ValErr{"ptr"}), &ve), ve)
	var iface interface{ Error() string }
	fmt.Println(errors.As(e, &iface), iface)

	var en Errno
	werr := fmt.Errorf("op: %w", Errno(110))
	fmt.Println(errors.As(werr, &en), en, int(en))
	var to timeout
	fmt.Println(errors.As(werr, &to), to != nil && to.Timeout())
	var tmp temporary
	fmt.Println(errors.As(werr, &tmp), tmp)
	fmt.Println(errors.As(fmt.Errorf("p: %w", &PtrOnly{1}), &tmp), tmp)
	var tmp2 temporary
	fmt.Println(errors.As(PtrOnly{2}.asErr(), &tmp2), tmp2)

	var en2 Errno
	fmt.Println(errors.As(fmt.Errorf("b: %w", fmt.Errorf("c: %w", Errno(5))), &en2), en2)

	try("nil target", func() { errors.As(e, nil) })
	try("non-pointer", func() { errors.As(e, me) })
	try("nil pointer", func() { var p *error; errors.As(e, p) })
	try("not error", func() { var n int; errors.As(e, &n) })
	try("struct no error", func() { var s struct{ x int }; errors.As(e, &s) })
	fmt.Println(errors.As(nil, &me))
}

func (p PtrOnly) asErr() error { return ValErr{"plain"} }
