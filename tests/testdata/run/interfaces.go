package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (r Rect) String() string      { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{404}
}

func typedNil() error {
	var e *MyErr
	return e
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v)
	case string, bool:
		return fmt.Sprintf("string or bool %v", v)
	case Shape:
		return fmt.Sprintf("shape %.1f", v.Area())
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Perimeter())
	}
	fmt.Println(total)
	fmt.Println(Rect{1, 2})
	fmt.Println(shapes[0])
	var s Shape = Rect{4, 5}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
	err := find(false)
	fmt.Println(err)
	if e, ok := err.(*MyErr); ok {
		fmt.Println(e.Code)
	}
	fmt.Println(find(true) == nil, typedNil() == nil)
	fmt.Println(describe(nil), describe(3), describe("x"), describe(true))
	fmt.Println(describe(Rect{1, 1}), describe(errors.New("boom")), describe(2.5))
	var a, b interface{} = 3, 3
	fmt.Println(a == b, a != "3")
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1)
	var st fmt.Stringer = Rect{7, 8}
	fmt.Println(st.String())
}
