// Package runtime exposes the goroutine scheduler's controls, implemented by gojc's runtime
// (gojc.runtime.lib.runtime.Runtime).
package runtime

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns
// the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GC runs a garbage collection.
func GC()

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()
