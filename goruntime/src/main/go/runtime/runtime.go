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

// The Error interface identifies a run time error: the panics the language itself raises
// (index out of range, nil dereference, integer division by zero, failed conversions).
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that are run time
	// errors from ordinary errors.
	RuntimeError()
}

// Compiler is the name of the compiler toolchain that built the running binary. gojc answers
// "gc", the toolchain whose behaviour it reproduces.
const Compiler = "gc"

// GOOS and GOARCH are the operating system and architecture Go programs compiled by gojc
// report: those of the Linux amd64 toolchain whose output gojc matches.
const GOOS = "linux"

const GOARCH = "amd64"

// Version returns the Go tree's version string: the language version gojc implements.
func Version() string { return "go1.19" }

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// SetFinalizer sets the finalizer associated with obj to the provided finalizer function.
// When the JVM's collector finds obj unreachable it runs finalizer(obj) on a goroutine of its
// own; a nil finalizer clears the one set before.
func SetFinalizer(obj any, finalizer any) {
	setFinalizer(obj, finalizer)
}

func setFinalizer(obj any, finalizer any)

// Breakpoint executes a breakpoint trap: with no debugger attached, gc's program dies of
// SIGTRAP; gojc's panics instead.
func Breakpoint() {
	panic("runtime.Breakpoint")
}

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack. skip 0 is the caller of Caller. The file is the base name of the source
// file (gc reports the full path).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	pc = callerPC(skip + 1)
	if pc == 0 {
		return 0, "", 0, false
	}
	return pc, pcFile(pc), pcLine(pc), true
}

// Callers fills the slice pc with the return program counters of function invocations on the
// calling goroutine's stack; skip 0 is the frame of Callers itself. It returns the number of
// entries written.
func Callers(skip int, pc []uintptr) int {
	n := 0
	for n < len(pc) {
		p := callerPC(skip + n)
		if p == 0 {
			break
		}
		pc[n] = p
		n++
	}
	return n
}

// callerPC names the Go frame depth frames above its caller by a small number standing for
// the frame's function, file and line (0: no such frame).
func callerPC(depth int) uintptr
func pcName(pc uintptr) string
func pcFile(pc uintptr) string
func pcLine(pc uintptr) int

// A Func represents a Go function in the running binary.
type Func struct {
	pc uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program counter
// address, or else nil.
func FuncForPC(pc uintptr) *Func {
	if pc == 0 || pcName(pc) == "" {
		return nil
	}
	return &Func{pc}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return pcName(f.pc)
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr { return f.pc }

// FileLine returns the file name and line number of the source code corresponding to the
// program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFile(pc), pcLine(pc)
}

// A Frame is the information CallersFrames returns for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames may be used to get function/file/line information for a slice of PC values returned
// by Callers.
type Frames struct {
	pcs []uintptr
}

// CallersFrames takes a slice of PC values returned by Callers and prepares to return
// function/file/line information.
func CallersFrames(callers []uintptr) *Frames { return &Frames{callers} }

// Next returns a Frame representing the next call frame in the slice of PC values, and
// whether there are more frames to come.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.pcs) == 0 {
		return Frame{}, false
	}
	pc := ci.pcs[0]
	ci.pcs = ci.pcs[1:]
	return Frame{PC: pc, Func: FuncForPC(pc), Function: pcName(pc), File: pcFile(pc), Line: pcLine(pc), Entry: pc}, len(ci.pcs) > 0
}

// Stack formats a stack trace of the calling goroutine into buf and returns the number of
// bytes written to buf. The trace lists the Go frames in gc's layout, without arguments or
// program counter offsets; all is treated as false.
func Stack(buf []byte, all bool) int {
	s := "goroutine " + itoa(goid()) + " [running]:\n"
	for d := 1; ; d++ {
		pc := callerPC(d)
		if pc == 0 {
			break
		}
		s += pcName(pc) + "()\n\t" + pcFile(pc) + ":" + itoa(pcLine(pc)) + "\n"
	}
	return copy(buf, s)
}

func goid() int

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// GOROOT returns the root of the Go tree: $GOROOT if set, else the root of the Go installation
// whose go command is on $PATH (gojc-built programs have no toolchain of their own), else "".
func GOROOT() string

// MemProfileRecord describes the live objects allocated by a particular call sequence. gojc has
// no allocation profiler: MemProfile never reports records.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile returns a profile of memory allocated and freed per allocation site: with no
// profiler, none (n is 0, ok is true).
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) { return 0, true }
