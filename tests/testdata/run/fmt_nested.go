package main

import (
	"fmt"
)

type T struct {
	A int
}

func (t T) GoString() string { return "T!" }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Animal struct {
	Name string
	Legs int
}

type Dog struct {
	Animal
	Breed string
	Owner *Animal
}

type List struct {
	Items []Item
}

type Item struct {
	K string
	V interface{}
}

type Key struct {
	A string
	B int
}

type Temp float32

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float32(t)) }

func main() {
	arr := [3]int{1, 2, 3}
	var i interface{} = arr
	arr[0] = 100
	fmt.Println(i, arr)
	var j interface{} = [3]int{1, 2, 3}
	fmt.Println(i == j, j == interface{}([3]int{100, 2, 3}))
	fmt.Printf("%#v %v\n", T{1}, T{2})
	var err error = &E{"bad"}
	fmt.Println(err, []error{err, nil})
	fmt.Printf("%v %s %q\n", err, err, err)
	d := Dog{Animal{"Rex", 4}, "lab", nil}
	fmt.Printf("%v\n%+v\n%#v\n", d, d, d)
	fmt.Println(d.Name, d.Animal)
	l := List{[]Item{{"a", 1}, {"b", "two"}, {"c", []int{3}}, {"d", nil}}}
	fmt.Printf("%v\n%+v\n", l, l)
	mk := map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(mk)
	mi := map[interface{}]int{"x": 1, 2: 2, "a": 3, 1: 4}
	fmt.Println(len(mi), mi["x"], mi[2])
	fmt.Println(Temp(21.5), []Temp{1, 2})
	fmt.Printf("%v %.2f %s\n", Temp(3), Temp(3), Temp(3))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var x interface{} = []int{1}
		defer func() { fmt.Println("r2:", recover()) }()
		_ = x.(map[string]int)
	}()
	m := map[interface{}]int{}
	m[[]int{1}] = 1
}
