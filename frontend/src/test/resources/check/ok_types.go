package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	age int
}

func (d *Dog) Sound() string { return "woof" }


type IntList []int

func (l IntList) Len() int { return len(l) }

type Op func(int, int) int

type Pair struct {
	a, b int
}

type Grid [2][2]int

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	}
	return "?"
}

func apply(op Op, a, b int) int { return op(a, b) }

func describe(i interface{}) string {
	switch v := i.(type) {
	case int, int64:
		return fmt.Sprint("int-ish ", v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return v.String()
	case nil:
		return "nil"
	}
	return "other"
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func main() {
	d := &Dog{Base{"rex"}, 3}
	var a Animal = d
	fmt.Println(a.Name(), a.Sound(), d.name, d.Base.name)
	l := IntList{1, 2, 3}
	fmt.Println(l.Len(), len(l))
	add := func(x, y int) int { return x + y }
	fmt.Println(apply(add, 1, 2), apply(Op(add), 3, 4))
	p := Pair{1, 2}
	q := Pair{a: 1, b: 2}
	fmt.Println(p == q, p != Pair{})
	var g Grid
	g[1][1] = 5
	fmt.Println(g, len(g), g == Grid{})
	fmt.Println(describe(1), describe("x"), describe(Monday), describe(nil), describe(2.5))
	m := map[Pair][]string{}
	m[p] = append(m[p], "x")
	fmt.Println(len(m[p]))
	ptr := new(int)
	*ptr = 4
	pp := &ptr
	**pp++
	fmt.Println(*ptr)
	arr := [...]int{5, 6, 7}
	sl := arr[:]
	sl[0] = 9
	fmt.Println(arr[0], cap(sl))
	var i8 int8 = 127
	i8++
	u := uint32(1) << 31
	f32 := float32(0.1)
	fmt.Println(i8, u, f32, int64(f32*10), uint8(300%256), 7/2, 7.0/2)
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
	default:
		fmt.Println("other")
	}
	fmt.Println(safeDiv(1, 0))
	method := d.Sound
	expr := (*Dog).Sound
	fmt.Println(method(), expr(d))
	var e error
	fmt.Println(e == nil)
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	default:
	}
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	}
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	type local struct{ x int }
	fmt.Println(local{3}.x)
	var st struct {
		Pair
		c int
	}
	st.a = 1
	fmt.Println(st.a + st.Pair.b)
}
