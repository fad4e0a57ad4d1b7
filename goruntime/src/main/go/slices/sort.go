// Sorting, searching and extremes of slices. Sort and SortFunc are not stable: they sort short
// slices by insertion (as Go does, so small inputs order equal elements identically) and longer
// ones by quicksort with a median-of-three pivot.
package slices

import "cmp"

// Sort sorts x in increasing order (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](x S) {
	SortFunc(x, cmp.Compare[E])
}

// SortFunc sorts x by cmp.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	quickSort(x, 0, len(x), cmp)
}

// SortStableFunc sorts x by cmp, keeping equal elements in their original order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	if len(x) <= 12 {
		insertionSort(x, 0, len(x), cmp)
		return
	}
	buf := make([]E, len(x))
	mergeSort(x, buf, 0, len(x), cmp)
}

func insertionSort[E any](x []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func quickSort[E any](x []E, a, b int, cmp func(a, b E) int) {
	for b-a > 12 {
		m := a + (b-a)/2
		if cmp(x[m], x[a]) < 0 {
			x[m], x[a] = x[a], x[m]
		}
		if cmp(x[b-1], x[m]) < 0 {
			x[b-1], x[m] = x[m], x[b-1]
			if cmp(x[m], x[a]) < 0 {
				x[m], x[a] = x[a], x[m]
			}
		}
		pivot := x[m]
		i, j := a, b-1
		for i <= j {
			for cmp(x[i], pivot) < 0 {
				i++
			}
			for cmp(pivot, x[j]) < 0 {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		// recurse into the smaller side, loop on the larger: depth stays logarithmic
		if j-a < b-i {
			quickSort(x, a, j+1, cmp)
			a = i
		} else {
			quickSort(x, i, b, cmp)
			b = j + 1
		}
	}
	insertionSort(x, a, b, cmp)
}

func mergeSort[E any](x, buf []E, a, b int, cmp func(a, b E) int) {
	if b-a <= 12 {
		insertionSort(x, a, b, cmp)
		return
	}
	m := a + (b-a)/2
	mergeSort(x, buf, a, m, cmp)
	mergeSort(x, buf, m, b, cmp)
	copy(buf[a:b], x[a:b])
	i, j, k := a, m, a
	for i < m && j < b {
		if cmp(buf[j], buf[i]) < 0 {
			x[k] = buf[j]
			j++
		} else {
			x[k] = buf[i]
			i++
		}
		k++
	}
	k += copy(x[k:], buf[i:m])
	copy(x[k:], buf[j:b])
}

// IsSorted reports whether x is sorted in increasing order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch finds target in the sorted x: its position (or where it would go) and whether found.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
}

// BinarySearchFunc is BinarySearch with cmp comparing an element with the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

// Min returns the least element of x (a NaN if any); panics if x is empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if v := x[i]; v < m || isNaN(v) && !isNaN(m) {
			m = v
		}
	}
	return m
}

// MinFunc returns the first least element of x by cmp; panics if x is empty.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// Max returns the greatest element of x (a NaN if any); panics if x is empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if v := x[i]; v > m || isNaN(v) && !isNaN(m) {
			m = v
		}
	}
	return m
}

// MaxFunc returns the first greatest element of x by cmp; panics if x is empty.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

func isNaN[E cmp.Ordered](x E) bool {
	return x != x
}
