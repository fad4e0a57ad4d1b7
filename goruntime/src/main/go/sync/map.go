// Map's entries live in the runtime (gojc.runtime.lib.sync.SyncMap, a concurrent hash map under
// Go's == on keys): loads never lock, stores lock one bucket.

package sync

// Map is like a Go map[any]any but is safe for concurrent use by multiple goroutines without
// additional locking or coordination. Loads, stores, and deletes run in amortized constant time.
// The zero Map is empty and ready for use.
type Map struct {
	s any
}

func (m *Map) state() any {
	if s := m.s; s != nil {
		return s
	}
	return state(&m.s, 4)
}

// Load returns the value stored in the map for a key, or nil if no value is present. The ok result
// indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) { return mapLoad(m.state(), key) }

// Store sets the value for a key.
func (m *Map) Store(key, value any) { mapStore(m.state(), key, value) }

// LoadOrStore returns the existing value for the key if present. Otherwise, it stores and returns
// the given value. The loaded result is true if the value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	return mapLoadOrStore(m.state(), key, value)
}

// LoadAndDelete deletes the value for a key, returning the previous value if any. The loaded
// result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	return mapLoadAndDelete(m.state(), key)
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) { mapDelete(m.state(), key) }

// Swap swaps the value for a key and returns the previous value if any. The loaded result reports
// whether the key was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	return mapSwap(m.state(), key, value)
}

// CompareAndSwap swaps the old and new values for key if the value stored in the map is equal to
// old. The old value must be of a comparable type.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	return mapCompareAndSwap(m.state(), key, old, new)
}

// CompareAndDelete deletes the entry for key if its value is equal to old. The old value must be
// of a comparable type.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	return mapCompareAndDelete(m.state(), key, old)
}

// Range calls f sequentially for each key and value present in the map. If f returns false, range
// stops the iteration. Range does not necessarily correspond to any consistent snapshot of the
// Map's contents: no key will be visited more than once, but if the value for any key is stored or
// deleted concurrently (including by f), Range may reflect any mapping for that key from any point
// during the Range call.
func (m *Map) Range(f func(key, value any) bool) {
	it := mapIter(m.state())
	for mapNext(it) {
		if !f(mapIterKey(it), mapIterValue(it)) {
			break
		}
	}
}

func mapLoad(m any, key any) (any, bool)
func mapStore(m any, key, value any)
func mapLoadOrStore(m any, key, value any) (any, bool)
func mapLoadAndDelete(m any, key any) (any, bool)
func mapDelete(m any, key any)
func mapSwap(m any, key, value any) (any, bool)
func mapCompareAndSwap(m any, key, old, new any) bool
func mapCompareAndDelete(m any, key, old any) bool
func mapIter(m any) any
func mapNext(it any) bool
func mapIterKey(it any) any
func mapIterValue(it any) any
