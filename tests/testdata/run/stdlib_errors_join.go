package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

type matchAll struct{}

func (matchAll) Error() string        { return "matchAll" }
func (matchAll) Is(target error) bool { return target == fs.ErrClosed }

func main() {
	a := errors.New("first")
	b := errors.New("second")
	c := &codeErr{7}

	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(a, nil, b)
	fmt.Printf("%v|\n", j)
	fmt.Printf("%q %T\n", j.Error(), j)
	fmt.Println(errors.Is(j, a), errors.Is(j, b), errors.Is(j, os.ErrNotExist), errors.Unwrap(j) == nil)
	u := j.(interface{ Unwrap() []error }).Unwrap()
	fmt.Println(len(u), u[0] == a, u[1] == b)

	one := errors.Join(c)
	fmt.Println(one, one == error(c))

	nested := errors.Join(fmt.Errorf("wrapped: %w", c), errors.Join(b, matchAll{}))
	fmt.Println(nested)
	var target *codeErr
	fmt.Println(errors.As(nested, &target), target.code)
	fmt.Println(errors.Is(nested, b), errors.Is(nested, fs.ErrClosed), errors.Is(nested, a))

	m := multi{[]error{nil, a, &codeErr{9}}}
	var t2 *codeErr
	fmt.Println(errors.Is(m, a), errors.As(m, &t2), t2.code)
	fmt.Println(errors.Is(multi{}, a), errors.As(multi{}, &t2))
	fmt.Println(errors.As(nil, &t2), errors.Is(nil, nil), errors.Is(j, nil))

	// Go 1.19's fmt.Errorf: one %w wraps, a second %w is a bad verb and nothing is wrapped.
	w1 := fmt.Errorf("ctx: %w", a)
	fmt.Printf("%v %T %v\n", w1, w1, errors.Unwrap(w1) == a)
	w2 := fmt.Errorf("%w and %w", a, b)
	fmt.Printf("%v %T %v %v\n", w2, w2, errors.Is(w2, a), errors.Unwrap(w2))
	w3 := fmt.Errorf("plain %d", 3)
	fmt.Printf("%v %T\n", w3, w3)
}
