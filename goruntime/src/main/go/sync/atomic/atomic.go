// Package atomic provides low-level atomic memory primitives. The functions are implemented by
// the runtime (gojc.runtime.lib.sync.atomic.Atomic); the types are Go methods over them.
package atomic

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)
func LoadUintptr(addr *uintptr) (val uintptr)
func StoreUintptr(addr *uintptr, val uintptr)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	v int32
}

func (x *Int32) Load() int32                        { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)                    { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32)         { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) (new int32)        { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) bool { return CompareAndSwapInt32(&x.v, old, new) }

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	v int64
}

func (x *Int64) Load() int64                        { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)                    { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64)         { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) (new int64)        { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&x.v, old, new) }

// A Bool is an atomic boolean value. The zero value is false.
type Bool struct {
	v int32
}

func (x *Bool) Load() bool { return LoadInt32(&x.v) != 0 }
func (x *Bool) Store(val bool) {
	if val {
		StoreInt32(&x.v, 1)
	} else {
		StoreInt32(&x.v, 0)
	}
}

func (x *Bool) Swap(new bool) (old bool) { return SwapInt32(&x.v, b32(new)) != 0 }

func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapInt32(&x.v, b32(old), b32(new))
}

func b32(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	v uint32
}

func (x *Uint32) Load() uint32                        { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)                    { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32)        { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) (new uint32)       { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&x.v, old, new) }

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	v uint64
}

func (x *Uint64) Load() uint64                        { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)                    { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64)        { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) (new uint64)       { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&x.v, old, new) }

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	v uintptr
}

func (x *Uintptr) Load() uintptr                        { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)                    { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) (old uintptr)       { return SwapUintptr(&x.v, new) }
func (x *Uintptr) Add(delta uintptr) (new uintptr)      { return AddUintptr(&x.v, delta) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool { return CompareAndSwapUintptr(&x.v, old, new) }

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T. The pointer is held in
// interface form, so one runtime routine serves every T.
type Pointer[T any] struct {
	v any
}

func (x *Pointer[T]) Load() *T {
	p, _ := loadAny(&x.v).(*T)
	return p
}

func (x *Pointer[T]) Store(val *T) { storeAny(&x.v, val) }

func (x *Pointer[T]) Swap(new *T) (old *T) {
	p, _ := swapAny(&x.v, new).(*T)
	return p
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if old == nil {
		// the zero Pointer holds a nil interface, not a nil *T
		if casAny(&x.v, nil, new) {
			return true
		}
	}
	return casAny(&x.v, old, new)
}

// A Value provides an atomic load and store of a consistently typed value. The zero value for a
// Value returns nil from Load. Once Store has been called, a Value must not be copied.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store. It returns nil if there has been no call
// to Store for this Value.
func (v *Value) Load() (val any) { return loadAny(&v.v) }

// Store sets the value of the Value v to val. All calls to Store for a given Value must use values
// of the same concrete type. Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if !storeTyped(&v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	old, ok := swapTyped(&v.v, new)
	if !ok {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	switch casTyped(&v.v, old, new) {
	case 1:
		return true
	case 0:
		return false
	}
	panic("sync/atomic: compare and swap of inconsistently typed value into Value")
}

func loadAny(p *any) any
func storeAny(p *any, v any)
func swapAny(p *any, v any) any
func casAny(p *any, old, new any) bool
func storeTyped(p *any, v any) bool
func swapTyped(p *any, v any) (any, bool)
func casTyped(p *any, old, new any) int
func sameType(a, b any) bool
