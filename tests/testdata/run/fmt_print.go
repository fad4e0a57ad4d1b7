package main

import (
	"errors"
	"fmt"
)

type Name string

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Pt struct{ X, Y int }

func main() {
	fmt.Print(Name("a"), Name("b"), 1, 2, Level(1), "\n")
	fmt.Print(Pt{1, 2}, Pt{3, 4}, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	s := fmt.Sprint(Level(0), " ", errors.New("e"), nil, 3)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1, Name("n")) == "x 1 n\n")
	fmt.Printf("%s|%v|%q|%x|%10s|%-5v|\n", Name("nm"), Name("nm"), Name("nm"), Name("nm"), Name("r"), Level(0))
	fmt.Printf("%d %v %s\n", Level(1), Level(1), Level(1))
	fmt.Printf("%v %d\n", map[Level]Name{0: "a", 1: "b"}, map[Name]Level{"k": 1})
	err := fmt.Errorf("wrapped: %w", errors.New("inner"))
	fmt.Println(err)
	fmt.Printf("%v %T\n", []error{err}, err)
}
