package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("12 -7\n hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("age=42 name=bob", "age=%d name=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("ff", "%x", &a)
	fmt.Println(n, err, a)
	var ok bool
	var r int32
	n, err = fmt.Sscan("true 99", &ok, &r)
	fmt.Println(n, err, ok, r)
	rd := strings.NewReader("1 2 3\n4 5 6\n")
	sum := 0
	for {
		var x int
		_, err := fmt.Fscan(rd, &x)
		if err != nil {
			fmt.Println(err)
			break
		}
		sum += x
	}
	fmt.Println(sum)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
}
