// log: flags, prefixes, Lmsgprefix, Lshortfile through methods and closures, Output, Panicf.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

type T struct{}

func (T) M(l *log.Logger) { l.Println("method") }

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("hello", 1, 2)
	log.Printf("x=%d", 3)
	log.Print("a", "b", 3, 4)
	log.SetPrefix("pfx: ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	fmt.Println(log.Prefix(), log.Flags(), log.Writer() == os.Stdout)
	var buf bytes.Buffer
	l := log.New(&buf, "L ", log.Lshortfile)
	l.Println("short")
	T{}.M(l)
	func() { l.Printf("closure %v", true) }()
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Output(1, "output")
	fmt.Print(buf.String())
	fmt.Println(log.Default() != nil, log.LstdFlags, log.LUTC, log.Llongfile)
	log.SetFlags(log.LstdFlags)
	log.SetOutput(&buf)
	buf.Reset()
	log.Println("dated")
	fmt.Println(len(buf.String()) == len("pfx: 2009/01/23 01:23:23 dated\n"))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	defer func() { fmt.Println("recovered:", recover()) }()
	log.Panicf("boom %d", 7)
}
