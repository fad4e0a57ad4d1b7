// runtime: Compiler, GOOS/GOARCH, Version, runtime.Error on recovered runtime panics, the
// missing-method text of failed interface assertions, Caller/Callers/FuncForPC for Go frames.
package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type shape interface {
	Area() float64
	Perimeter() float64
}

type square struct{ s float64 }

func (q square) Area() float64 { return q.s * q.s }

func catch(name string, f func()) {
	defer func() {
		v := recover()
		re, ok := v.(runtime.Error)
		if ok {
			fmt.Println(name, "runtime.Error:", re.Error())
			return
		}
		fmt.Println(name, "not a runtime.Error:", v)
	}()
	f()
}

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(filepath.Base(file), ":", line, " ", ok)
}

func names() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, f.Function)
		}
		if !more {
			break
		}
	}
	return out
}

func outer() []string { return names() }

func main() {
	fmt.Println(runtime.Compiler, runtime.GOOS, runtime.GOARCH, strings.HasPrefix(runtime.Version(), "go1.19"))
	var zero int
	var m map[string]int
	var p *square
	var sh any = square{2}
	catch("divide", func() { fmt.Println(1 / zero) })
	catch("index", func() { fmt.Println([]int{1}[zero+3]) })
	catch("nil map", func() { m["a"] = 1 })
	catch("nil pointer", func() { fmt.Println(p.s) })
	catch("assert", func() { fmt.Println(sh.(shape)) })
	catch("assert concrete", func() { fmt.Println(sh.(fmt.Stringer)) })
	catch("plain panic", func() { panic(errors.New("mine")) })
	fmt.Println(where())
	pc, _, line, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), line)
	fmt.Println(outer())
	runtime.KeepAlive(p)
}
