// runtime.SetFinalizer: finalizers run once their object is unreachable, an object before what it
// points to; SetFinalizer(x, nil) cancels.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Node struct {
	name string
	next *Node
}

var order = make(chan string, 10)

func main() {
	func() {
		b := &Node{name: "b"}
		a := &Node{name: "a", next: b}
		runtime.SetFinalizer(b, func(n *Node) { order <- n.name })
		runtime.SetFinalizer(a, func(n *Node) { order <- n.name + "->" + n.next.name })
		c := new(int)
		runtime.SetFinalizer(c, func(*int) { order <- "c" })
		runtime.SetFinalizer(c, nil)
	}()
	for i := 0; i < 2; i++ {
		deadline := time.After(5 * time.Second)
	wait:
		for {
			runtime.GC()
			select {
			case s := <-order:
				fmt.Println(s)
				break wait
			case <-deadline:
				fmt.Println("timeout")
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}
	select {
	case s := <-order:
		fmt.Println("unexpected", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("done")
	}
}
