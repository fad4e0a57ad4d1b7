// Package cmp: ordering of values of ordered types, as Go 1.21's cmp (a gojc extension under
// -lang=go1.19). Floating-point NaNs order before every other value and equal each other.
package cmp

// Ordered is the set of types that support the operators < <= >= >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x < y, a NaN being less than any non-NaN.
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than y.
func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

// isNaN: only a NaN differs from itself.
func isNaN[T Ordered](x T) bool {
	return x != x
}
