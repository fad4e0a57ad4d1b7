// Package context defines the Context type, which carries deadlines, cancellation signals, and
// other request-scoped values across API boundaries and between goroutines.
//
// A derived context is a node in a tree: canceling a node closes its Done channel, records its
// error and cancels its children; a child registers with the nearest cancelable ancestor that
// is one of this package's (found through Value with a private key, so contexts that wrap one
// and delegate Value are seen through), or, for a foreign parent, waits for it in a goroutine.
// A deadline is a runtime timer that cancels the node; canceling stops the timer.
package context

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across API boundaries.
// Context's methods may be called by multiple goroutines simultaneously.
type Context interface {
	// Deadline returns the time when work done on behalf of this context should be canceled.
	// Deadline returns ok==false when no deadline is set.
	Deadline() (deadline time.Time, ok bool)

	// Done returns a channel that's closed when work done on behalf of this context should be
	// canceled. Done may return nil if this context can never be canceled.
	Done() <-chan struct{}

	// If Done is not yet closed, Err returns nil. If Done is closed, Err returns a non-nil error
	// explaining why: Canceled or DeadlineExceeded.
	Err() error

	// Value returns the value associated with this context for key, or nil if no value is
	// associated with key.
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's deadline passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is the root of every tree: never canceled, no values, no deadline. Background and TODO
// are two distinct values of it, told apart by name.
type emptyCtx struct {
	name string
}

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (*emptyCtx) Done() <-chan struct{}                   { return nil }
func (*emptyCtx) Err() error                              { return nil }
func (*emptyCtx) Value(key any) any                       { return nil }
func (e *emptyCtx) String() string                        { return e.name }

var (
	background = &emptyCtx{"context.Background"}
	todo       = &emptyCtx{"context.TODO"}
)

// Background returns a non-nil, empty Context. It is never canceled, has no values, and has no
// deadline. It is typically used by the main function, initialization, and tests, and as the
// top-level Context for incoming requests.
func Background() Context { return background }

// TODO returns a non-nil, empty Context. Code should use context.TODO when it's unclear which
// Context to use or it is not yet available.
func TODO() Context { return todo }

// A CancelFunc tells an operation to abandon its work. A CancelFunc does not wait for the work to
// stop. After the first call, subsequent calls to a CancelFunc do nothing.
type CancelFunc func()

// canceler is a node that its parent can cancel: *cancelCtx and *timerCtx.
type canceler interface {
	cancel(removeFromParent bool, err error)
	Done() <-chan struct{}
}

// closedchan is the Done channel of a node canceled before anyone asked for its channel.
var closedchan = make(chan struct{})

func init() {
	close(closedchan)
}

// cancelCtxKey is the private key under which Value answers a context's nearest *cancelCtx.
type ctxKey struct{ name string }

var cancelCtxKey = &ctxKey{"cancelCtx"}

// A cancelCtx can be canceled. When canceled, it also cancels any children that implement
// canceler.
type cancelCtx struct {
	Context

	mu       sync.Mutex
	done     atomic.Value // of chan struct{}, made lazily, closed by the first cancel
	children map[canceler]struct{}
	err      error // set by the first cancel
}

// WithCancel returns a copy of parent with a new Done channel. The returned context's Done
// channel is closed when the returned cancel function is called or when the parent context's
// Done channel is closed, whichever happens first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{Context: parent}
	propagateCancel(parent, c)
	return c, func() { c.cancel(true, Canceled) }
}

// propagateCancel arranges for child to be canceled when parent is.
func propagateCancel(parent Context, child canceler) {
	done := parent.Done()
	if done == nil {
		return // the parent is never canceled
	}
	select {
	case <-done:
		child.cancel(false, parent.Err())
		return
	default:
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			p.mu.Unlock()
			child.cancel(false, p.err)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err())
		case <-child.Done():
		}
	}()
}

// parentCancelCtx returns the *cancelCtx underlying parent, if parent's Done channel is that
// node's own (a foreign context wrapping one may have replaced Done).
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == closedchan || done == nil {
		return nil, false
	}
	p, ok := parent.Value(cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	pdone, _ := p.done.Load().(chan struct{})
	if pdone != done {
		return nil, false
	}
	return p, true
}

// removeChild detaches a canceled child from its parent's set of children.
func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

func (c *cancelCtx) Deadline() (deadline time.Time, ok bool) { return c.Context.Deadline() }

func (c *cancelCtx) Value(key any) any {
	if key == cancelCtxKey {
		return c
	}
	return value(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	if d := c.done.Load(); d != nil {
		return d.(chan struct{})
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	d := c.done.Load()
	if d == nil {
		d = make(chan struct{})
		c.done.Store(d)
	}
	return d.(chan struct{})
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel closes c.done, cancels each of c's children and, if removeFromParent, detaches c from
// its parent.
func (c *cancelCtx) cancel(removeFromParent bool, err error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return // already canceled
	}
	c.err = err
	if d, _ := c.done.Load().(chan struct{}); d == nil {
		c.done.Store(closedchan)
	} else {
		close(d)
	}
	children := c.children
	c.children = nil
	// children take their own locks only: canceling them under c's lock keeps the order Go has
	for child := range children {
		child.cancel(false, err)
	}
	c.mu.Unlock()
	if removeFromParent {
		removeChild(c.Context, c)
	}
}

// WithDeadline returns a copy of the parent context with the deadline adjusted to be no later
// than d. The returned context's Done channel is closed when the deadline expires, when the
// returned cancel function is called, or when the parent context's Done channel is closed,
// whichever happens first.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// the parent's earlier deadline already bounds the new context
		return WithCancel(parent)
	}
	c := &timerCtx{cancelCtx: cancelCtx{Context: parent}, deadline: d}
	propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded) // the deadline has already passed
		return c, func() { c.cancel(false, Canceled) }
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded)
		})
	}
	return c, func() { c.cancel(true, Canceled) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// A timerCtx carries a timer and a deadline. It embeds a cancelCtx to implement Done and Err, and
// stops its timer when canceled.
type timerCtx struct {
	cancelCtx
	timer *time.Timer // under cancelCtx.mu

	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) { return c.deadline, true }

func (c *timerCtx) Value(key any) any { return c.cancelCtx.Value(key) }

func (c *timerCtx) Done() <-chan struct{} { return c.cancelCtx.Done() }

func (c *timerCtx) Err() error { return c.cancelCtx.Err() }

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" + c.deadline.String() + " [" +
		time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err error) {
	c.cancelCtx.cancel(false, err)
	if removeFromParent {
		// remove this timerCtx, not its inner cancelCtx, from the parent's children
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}

// WithValue returns a copy of parent in which the value associated with key is val. The provided
// key must be comparable and should not be of type string or any other built-in type.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !comparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

// A valueCtx carries a key-value pair. It implements Value for that key and delegates all other
// calls to the embedded Context.
type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Deadline() (deadline time.Time, ok bool) { return c.Context.Deadline() }
func (c *valueCtx) Done() <-chan struct{}                   { return c.Context.Done() }
func (c *valueCtx) Err() error                              { return c.Context.Err() }

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return value(c.Context, key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(type " + typeName(c.key) + ", val " + stringify(c.val) + ")"
}

// value walks up the chain of this package's contexts without a call per level, asking the first
// foreign context it meets.
func value(c Context, key any) any {
	for {
		switch ctx := c.(type) {
		case *valueCtx:
			if key == ctx.key {
				return ctx.val
			}
			c = ctx.Context
		case *cancelCtx:
			if key == cancelCtxKey {
				return c
			}
			c = ctx.Context
		case *timerCtx:
			if key == cancelCtxKey {
				return &ctx.cancelCtx
			}
			c = ctx.cancelCtx.Context
		case *emptyCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}

type stringer interface {
	String() string
}

func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return typeName(c)
}

// stringify names a value without package fmt: its String method, or itself if a string.
func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	}
	return "<not Stringer>"
}

// typeName is the dynamic type's name as %T prints it.
func typeName(v any) string

// comparable reports whether v's dynamic type is comparable.
func comparable(v any) bool
