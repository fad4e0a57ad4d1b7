// log.Panic prints its line, then panics with the message as a string.
package main

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	l := log.New(os.Stdout, "[l] ", log.Lmsgprefix)
	l.Println("first")
	log.Panic("boom ", 42)
}
