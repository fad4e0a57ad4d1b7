// This file implements Duration: its units, its Go-style printing ("1h2m3.5s", "1.5µs") and its
// arithmetic helpers (Round, Truncate, Abs, unit conversions), with Go's saturating behaviour at
// the ends of the int64 range.
package time

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s". Durations under a
// second use ns, µs or ms; zero is "0s".
func (d Duration) String() string {
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var b []byte
	if neg {
		b = append(b, '-')
	}
	switch {
	case u == 0:
		return "0s"
	case u < uint64(Microsecond):
		b = appendUint(b, u)
		b = append(b, "ns"...)
	case u < uint64(Millisecond):
		b = appendFixed(b, u, 3)
		b = append(b, "µs"...)
	case u < uint64(Second):
		b = appendFixed(b, u, 6)
		b = append(b, "ms"...)
	default:
		secs := u / uint64(Second)
		if h := secs / 3600; h > 0 {
			b = appendUint(b, h)
			b = append(b, 'h')
		}
		if m := secs / 60; m > 0 {
			b = appendUint(b, m%60)
			b = append(b, 'm')
		}
		b = appendFixed(b, u%uint64(Minute), 9)
		b = append(b, 's')
	}
	return string(b)
}

// appendFixed appends v / 10^prec, dropping the fraction's trailing zeros and a bare point.
func appendFixed(b []byte, v uint64, prec int) []byte {
	p := uint64(1)
	for i := 0; i < prec; i++ {
		p *= 10
	}
	b = appendUint(b, v/p)
	f := v % p
	if f == 0 {
		return b
	}
	var digits [9]byte
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + f%10)
		f /= 10
	}
	n := prec
	for digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

func appendUint(b []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds. Whole seconds and the
// remainder are converted apart so that large durations keep their nanoseconds.
func (d Duration) Seconds() float64 {
	return float64(d/Second) + float64(d%Second)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	return float64(d/Minute) + float64(d%Minute)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	return float64(d/Hour) + float64(d%Hour)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m. If m <= 0, Truncate
// returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y without overflowing, for non-negative x and y.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values away from
// zero. A result that does not fit a Duration saturates at the largest or smallest one.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if away := d - m + r; away < d {
			return away
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if away := d + m - r; away > d {
		return away
	}
	return maxDuration
}

// Abs returns the absolute value of d; the smallest Duration maps to the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}
