package main

import "fmt"

func f() {
	defer fmt.Println("f: first deferred still runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}

func g() (r string) {
	defer func() {
		r = fmt.Sprint("g recovered: ", recover())
	}()
	f()
	return "not reached"
}

func h() {
	defer func() {
		fmt.Println("h: late recover sees", recover())
	}()
}

func main() {
	fmt.Println(g())
	h()
	defer func() {
		panic(fmt.Sprint("main again"))
	}()
	defer func() {
		fmt.Println("recovered in main:", recover())
	}()
	panic(3)
}
