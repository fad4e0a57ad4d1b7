// Pool's cache lives in the runtime (gojc.runtime.lib.sync.Pool): striped stacks that the
// collector may drop at any time, as gc's collections empty a Pool.

package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved. Any item
// stored in the Pool may be removed automatically at any time without notification. A Pool is safe
// for use by multiple goroutines simultaneously.
type Pool struct {
	s any

	// New optionally specifies a function to generate a value when Get would otherwise return nil.
	New func() any
}

func (p *Pool) state() any {
	if s := p.s; s != nil {
		return s
	}
	return state(&p.s, 5)
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	poolPut(p.state(), x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it to the
// caller. If Get would otherwise return nil and p.New is non-nil, Get returns the result of
// calling p.New.
func (p *Pool) Get() any {
	if x := poolGet(p.state()); x != nil {
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

func poolPut(p any, x any)
func poolGet(p any) any
