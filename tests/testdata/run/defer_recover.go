package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func rethrow() {
	defer func() {
		r := recover()
		fmt.Println("first recover:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("original")
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	rethrow()
	return "unreachable"
}

func indexPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	s := []int{}
	_ = s[3]
	return nil
}

func main() {
	order()
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(double())
	fmt.Println(outer())
	fmt.Println(indexPanic())
	fmt.Println(recover())
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	err := errors.New("custom")
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r, r == err)
	}()
	panic(err)
}
