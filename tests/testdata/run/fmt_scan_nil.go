// A nil operand to fmt.Sscan panics, as Go's reflection does, through the scan's recover.
package main

import "fmt"

func main() {
	var i int
	n, err := fmt.Sscan("1 2", &i, nil)
	fmt.Println(n, err, i)
}
