package main

// f(g()) where f is generic: the results of g are the arguments type inference sees.

import (
	"errors"
	"fmt"
	"strconv"
)

func try[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func two() (string, float64) { return "pi", 3.14 }

func sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func three() (int, int, int) { return 1, 2, 3 }

func fail() (int, error) { return 0, errors.New("boom") }

func main() {
	n := try(strconv.Atoi("42"))
	fmt.Println(n+1, try(fmt.Print("")))
	fmt.Println(pair(two()))
	fmt.Println(sum(three()))
	defer func() { fmt.Println("recovered:", recover()) }()
	try(fail())
}
