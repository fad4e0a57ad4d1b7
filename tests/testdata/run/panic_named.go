package main

import "fmt"

type Code string

func main() {
	var x interface{} = []string{"a"}
	fmt.Println(x)
	panic(Code("bad"))
}
