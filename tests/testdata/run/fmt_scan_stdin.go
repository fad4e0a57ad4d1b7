// fmt.Scan, Scanln and Scanf on standard input (read a byte at a time, so the rune after each
// token is consumed), then a bufio.Reader over os.Stdin for the rest.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var name string
	var age int
	n, err := fmt.Scan(&name, &age)
	fmt.Println("Scan:", n, err, name, age)

	var a, b, c int
	n, err = fmt.Scanln(&a, &b, &c)
	fmt.Println("Scanln:", n, err, a, b, c)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("Scanln short line:", n, err, a, b)

	var x float64
	var word string
	n, err = fmt.Scanf("%f %s\n", &x, &word)
	fmt.Println("Scanf:", n, err, x, word)
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println("Scanf dash:", n, err, a, b)
	n, err = fmt.Scanf("%d\n", &a)
	fmt.Println("Scanf mismatch:", n, err, a)
	var rest string
	n, err = fmt.Scanln(&rest)
	fmt.Println("Scanln after mismatch:", n, err, rest)

	in := bufio.NewReader(os.Stdin)
	var count int
	fmt.Fscan(in, &count)
	total := 0
	for i := 0; i < count; i++ {
		var v int
		if _, err := fmt.Fscan(in, &v); err != nil {
			fmt.Println("Fscan error:", err)
			break
		}
		total += v
	}
	fmt.Println("Fscan sum:", count, total)
	var tail string
	n, err = fmt.Fscan(in, &tail)
	fmt.Println("Fscan tail:", n, err, tail)
	n, err = fmt.Fscan(in, &tail)
	fmt.Println("Fscan at EOF:", n, err)
	n, err = fmt.Scan(&tail)
	fmt.Println("Scan at EOF:", n, err)
}
