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

// MemProfileRate controls the fraction of memory allocations recorded by the memory profiler;
// gojc has no allocation profiler, so it only records the setting.
var MemProfileRate int = 512 * 1024

// A MemStats records statistics about the memory allocator. On gojc the heap is the JVM's:
// Alloc and HeapAlloc are its occupancy, Sys and HeapSys its size; the other counters stay zero.
type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees                     uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects uint64
	StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys  uint64
	BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs         uint64
	NumGC, NumForcedGC                                                 uint32
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	a := heapAlloc()
	s := heapSys()
	m.Alloc, m.HeapAlloc, m.HeapInuse = a, a, a
	m.TotalAlloc = a
	m.Sys, m.HeapSys = s, s
	m.HeapIdle = s - a
	m.NumGC = uint32(numGC())
	m.NumForcedGC = m.NumGC
}

func heapAlloc() uint64
func heapSys() uint64
func numGC() int
