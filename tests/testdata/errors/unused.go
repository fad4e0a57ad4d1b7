package main

import (
	"fmt"
	"os"
)

func main() {
	x := 1
	var y string
	fmt.Println("hi")
}
