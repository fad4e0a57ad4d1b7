package main

import "fmt"

func main() {
	fmt.Println(undefinedName)
	z := 3
	z = "string"
	fmt.Println(z + 1.5)
}
