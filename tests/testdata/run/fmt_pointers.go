package main

import "fmt"

type P struct{ X int }

type Celsius float64

func (c *Celsius) String() string { return "ptr-celsius" }

func main() {
	s := []int{1, 2}
	m := map[string]int{"a": 1}
	a := [2]string{"x", "y"}
	fmt.Println(&s, &m, &a)
	fmt.Printf("%v %+v %d\n", &s, &m, &a)
	var ns *[]int
	var nm *map[string]int
	fmt.Println(ns, nm, ns == nil)
	fmt.Printf("%x %X %q % x\n", []string{"ab", "c"}, []string{"hi"}, []string{"a", "b"}, []byte{1, 171})
	fmt.Printf("%5d|%-4d|%03d\n", []int{1, 22}, []int{3}, [2]int{4, 5})
	fmt.Printf("%6.2f|%v|%g\n", []float64{3.14159, 2}, []float32{0.1, 2.5}, [1]float64{1e21})
	fmt.Printf("%t %v\n", []bool{true, false}, map[bool][]bool{true: {false}})
	c := Celsius(5)
	fmt.Println(c, &c != nil)
	var pp **P
	fmt.Println(pp == nil)
	fmt.Printf("%v %s\n", []interface{}{&c}, []fmt.Stringer{&c})
	x := 7
	var ip interface{} = &x
	if p, ok := ip.(*int); ok {
		*p = 8
	}
	fmt.Println(x)
	fmt.Printf("%T %T %T\n", ip, &s, &m)
	fmt.Printf("%v %d\n", uint8(200), []uint16{65535})
	fmt.Printf("%v %v\n", []int8{-1, 2}, []uint32{4294967295})
	fmt.Printf("%c %U %q\n", []int32{'a', 'b'}, []rune{'x'}, 'y')
}
