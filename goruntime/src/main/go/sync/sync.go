// Package sync provides basic synchronization primitives. The blocking parts run in the runtime
// (gojc.runtime.lib.sync.Sync): each value keeps the runtime's state in an unexported field,
// created on first use, so the zero value of every type is ready to use as in Go.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	s any
}

func (m *Mutex) state() any {
	if s := m.s; s != nil {
		return s
	}
	return state(&m.s, 0)
}

// Lock locks m, blocking until the mutex is available.
func (m *Mutex) Lock() { lock(m.state()) }

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool { return tryLock(m.state()) }

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() { unlock(m.state()) }

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	s any
}

func (rw *RWMutex) state() any {
	if s := rw.s; s != nil {
		return s
	}
	return state(&rw.s, 1)
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() { wlock(rw.state()) }

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() { wunlock(rw.state()) }

// RLock locks rw for reading.
func (rw *RWMutex) RLock() { rlock(rw.state()) }

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() { runlock(rw.state()) }

// RLocker returns a Locker interface that implements Lock and Unlock by calling RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker { return &rlocker{rw} }

type rlocker struct {
	rw *RWMutex
}

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	s any
}

func (wg *WaitGroup) state() any {
	if s := wg.s; s != nil {
		return s
	}
	return state(&wg.s, 2)
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) { wgAdd(wg.state(), delta) }

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() { wgAdd(wg.state(), -1) }

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() { wgWait(wg.state()) }

// Once is an object that will perform exactly one action.
type Once struct {
	m    Mutex
	done bool
}

// Do calls the function f if and only if Do is being called for the first time for this
// instance of Once.
func (o *Once) Do(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { o.done = true }

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event.
type Cond struct {
	L Locker
	s any
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) state() any {
	if s := c.s; s != nil {
		return s
	}
	return state(&c.s, 3)
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine; it locks c.L
// again before returning.
func (c *Cond) Wait() {
	t := condEnqueue(c.state())
	c.L.Unlock()
	condAwait(t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() { condSignal(c.state(), false) }

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() { condSignal(c.state(), true) }

func state(p *any, kind int) any
func lock(m any)
func tryLock(m any) bool
func unlock(m any)
func rlock(rw any)
func runlock(rw any)
func wlock(rw any)
func wunlock(rw any)
func wgAdd(wg any, delta int)
func wgWait(wg any)
func condEnqueue(c any) any
func condAwait(t any)
func condSignal(c any, all bool)
