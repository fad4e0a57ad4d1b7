package main

import (
	"fmt"
	"internal/unicode"
)

func main() { fmt.Println(unicode.TurkishCase) }
