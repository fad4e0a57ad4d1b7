package main

import "errors"

func main() {
	defer func() {
		panic(2)
	}()
	panic(errors.New("one"))
}
