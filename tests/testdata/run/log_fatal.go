// log.Fatalf prints its line to stderr and exits with status 1 without running deferred calls.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not printed")
	log.SetFlags(0)
	log.SetPrefix("app: ")
	fmt.Println("before")
	log.Fatalf("fatal %d", 1)
	fmt.Println("after: not printed")
}
