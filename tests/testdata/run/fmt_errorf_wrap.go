package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("a\"q")
	b := errors.New("b")
	fmt.Printf("%#v|%d|%x|%+d\n", a, a, a, a)
	fmt.Println(fmt.Errorf("%w %+w %w", a, a, 3))
	fmt.Println(fmt.Errorf("%w %#w", a, a))
	fmt.Println(fmt.Errorf("%w %10w|", a, a))
	fmt.Println(fmt.Errorf("%d", a))

	e := fmt.Errorf("x %w y %w", a, b)
	fmt.Println(e)
	fmt.Println(errors.Is(e, a), errors.Is(e, b), errors.Unwrap(e) == nil)
	fmt.Printf("%T\n", e)
	e2 := fmt.Errorf("only %w", a)
	fmt.Printf("%T %v %v\n", e2, e2, errors.Unwrap(e2) == a)
	e3 := fmt.Errorf("bad %w", "str")
	fmt.Printf("%v %v %T\n", e3, errors.Unwrap(e3), e3)
	e4 := fmt.Errorf("no verb")
	fmt.Printf("%v %T\n", e4, e4)
}
