package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Tags []string
	P    Point
}

type Animal struct {
	Name string
	Legs int
}

type Dog struct {
	Animal
	Breed string
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 100
	fmt.Println(p, q, p == q, p != q)
	r := move(p, 5)
	fmt.Println(p, r)
	fmt.Printf("%v %+v\n", p, p)
	n := Named{Name: "n", P: Point{Y: 7}}
	fmt.Printf("%v %+v\n", n, n)
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed, d.Describe())
	fmt.Printf("%+v\n", d)
	anon := struct {
		A int
		B string
	}{3, "x"}
	fmt.Println(anon, anon.A)
	pts := []Point{{1, 2}, {3, 4}}
	for _, pt := range pts {
		pt.X = 0
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 0
	}
	fmt.Println(pts)
	arr := [2]Point{}
	arr[1].Y = 9
	brr := arr
	brr[1].Y = 10
	fmt.Println(arr, brr, arr == brr)
	var zero Point
	fmt.Println(zero, zero == Point{})
	type local struct{ v float64 }
	fmt.Println(local{1.5})
}
