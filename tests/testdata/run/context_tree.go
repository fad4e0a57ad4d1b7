// Package context: cancellation down the tree, deadlines and timeouts, values, Err and String.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type key string

type userKey struct{ id int }

type named struct{ name string }

func (n named) String() string { return "named " + n.name }

// custom is a Context of the program's own, not one of package context's.
type custom struct {
	context.Context
	done chan struct{}
}

func (c *custom) Done() <-chan struct{} { return c.done }
func (c *custom) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Done() == nil, bg.Err())
	_, ok := bg.Deadline()
	fmt.Println("deadline:", ok, bg.Value("x"))
	fmt.Printf("%T %T\n", bg, context.TODO())

	// cancellation propagates to every descendant, not to ancestors
	root, cancelRoot := context.WithCancel(bg)
	mid, cancelMid := context.WithCancel(root)
	leaf1, cancelLeaf1 := context.WithCancel(mid)
	leaf2 := context.WithValue(mid, key("k"), "v")
	leaf3, cancelLeaf3 := context.WithCancel(leaf2)
	defer cancelLeaf3()
	fmt.Println(root)
	fmt.Println(mid)
	fmt.Println(leaf1)
	fmt.Println(leaf2)
	fmt.Println(leaf3)
	cancelLeaf1()
	fmt.Println("leaf1:", leaf1.Err(), "mid:", mid.Err())
	var wg sync.WaitGroup
	for _, c := range []context.Context{root, mid, leaf2, leaf3} {
		wg.Add(1)
		go func(c context.Context) {
			defer wg.Done()
			<-c.Done()
		}(c)
	}
	cancelMid()
	<-leaf3.Done()
	fmt.Println("root:", root.Err(), "mid:", mid.Err(), "leaf2:", leaf2.Err(), "leaf3:", leaf3.Err())
	cancelRoot()
	wg.Wait()
	fmt.Println("root:", root.Err(), errors.Is(root.Err(), context.Canceled))
	cancelRoot()
	cancelMid()
	fmt.Println("again:", root.Err())

	// a child of a canceled parent is born canceled
	born, cancelBorn := context.WithCancel(root)
	defer cancelBorn()
	<-born.Done()
	fmt.Println("born:", born.Err())

	// values: nearest wins, keys compare by type and value
	v1 := context.WithValue(bg, key("a"), 1)
	v2 := context.WithValue(v1, key("b"), 2)
	v3 := context.WithValue(v2, key("a"), 3)
	v4 := context.WithValue(v3, userKey{7}, named{"seven"})
	c4, cancel4 := context.WithCancel(v4)
	fmt.Println(c4.Value(key("a")), c4.Value(key("b")), c4.Value("a"), c4.Value(userKey{7}), c4.Value(userKey{8}))
	fmt.Println(v4)
	fmt.Println(c4)
	fmt.Println(context.WithValue(bg, 1, 2.5))
	fmt.Println(context.WithValue(bg, "s", "str"))
	cancel4()
	fmt.Println(c4.Err(), v4.Err(), c4.Value(key("b")))

	// timeouts and deadlines
	h, cancelH := context.WithTimeout(bg, time.Hour)
	d, ok := h.Deadline()
	fmt.Println("has deadline:", ok, time.Until(d) > 59*time.Minute, time.Until(d) <= time.Hour, h.Err())
	cancelH()
	fmt.Println(h.Err())
	start := time.Now()
	t, cancelT := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelT()
	tc, cancelTC := context.WithCancel(t)
	defer cancelTC()
	select {
	case <-tc.Done():
		fmt.Println("child of timeout:", tc.Err(), time.Since(start) >= 20*time.Millisecond)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout did not fire")
	}
	fmt.Println("timeout:", t.Err(), t.Err() == context.DeadlineExceeded)
	te, isTimeout := t.Err().(interface{ Timeout() bool })
	fmt.Println(isTimeout, te.Timeout(), t.Err().Error())

	// a later deadline under an earlier one keeps the earlier one
	early, cancelEarly := context.WithDeadline(bg, time.Now().Add(time.Hour))
	late, cancelLate := context.WithTimeout(early, 2*time.Hour)
	de, _ := early.Deadline()
	dl, _ := late.Deadline()
	fmt.Println("same deadline:", de == dl)
	fmt.Println(late.Err())
	cancelEarly()
	<-late.Done()
	fmt.Println("late:", late.Err(), "early:", early.Err())
	cancelLate()

	// a deadline context names its deadline and the time left
	dc, cancelDC := context.WithDeadline(context.WithValue(bg, key("d"), "v"), time.Date(2030, 1, 2, 3, 4, 5, 6, time.UTC))
	name := fmt.Sprint(dc)
	fmt.Println(name[:strings.Index(name, "[")], strings.HasSuffix(name, "s])"))
	cancelDC()

	// a deadline in the past: canceled at once with DeadlineExceeded
	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past:", past.Err())
	cancelPast()
	fmt.Println("past after cancel:", past.Err())
	unix, cancelUnix := context.WithDeadline(bg, time.Unix(1, 0))
	fmt.Println("unix past:", unix.Err())
	cancelUnix()
	future, cancelFuture := context.WithDeadline(bg, time.Unix(time.Now().Unix()+3600, 0))
	fmt.Println("unix future:", future.Err())
	cancelFuture()
	fmt.Println("unix future canceled:", future.Err())

	// cancel before the deadline: Canceled, and the timer released
	soon, cancelSoon := context.WithTimeout(bg, 50*time.Millisecond)
	cancelSoon()
	time.Sleep(80 * time.Millisecond)
	fmt.Println("soon:", soon.Err())

	// a foreign parent is watched by a goroutine
	cu := &custom{Context: bg, done: make(chan struct{})}
	fc, cancelFC := context.WithCancel(cu)
	defer cancelFC()
	close(cu.done)
	<-fc.Done()
	fmt.Println("foreign parent:", fc.Err())
	fmt.Println(fc, context.WithValue(cu, key("c"), named{"x"}))

	// many goroutines waiting on one context
	work, stop := context.WithCancel(bg)
	results := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func(i int) {
			<-work.Done()
			results <- i
		}(i)
	}
	stop()
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-results
	}
	fmt.Println("sum:", sum)

	for _, f := range []func(){
		func() { context.WithCancel(nil) },
		func() { context.WithValue(bg, nil, 1) },
		func() { context.WithValue(bg, []int{1}, 1) },
		func() { context.WithTimeout(nil, time.Second) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
