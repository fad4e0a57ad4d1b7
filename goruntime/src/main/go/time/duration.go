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
// second use ns, µs or ms; zero is "0s". The text is built right to left in one buffer.
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		prec := 0
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = putFrac(&buf, w, u, prec)
		w = putUint(&buf, w, u)
	} else {
		w--
		buf[w] = 's'
		w, u = putFrac(&buf, w, u, 9)
		w = putUint(&buf, w, u%60) // u is whole seconds now
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = putUint(&buf, w, u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = putUint(&buf, w, u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// putFrac writes the prec low decimal digits of v before buf[w] as a fraction, without its
// trailing zeros and without the point if nothing is left, and returns the new start and v
// divided by 10^prec.
func putFrac(buf *[32]byte, w int, v uint64, prec int) (int, uint64) {
	printing := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printing = printing || digit != 0
		if printing {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if printing {
		w--
		buf[w] = '.'
	}
	return w, v
}

// putUint writes the decimal form of v before buf[w] and returns the new start.
func putUint(buf *[32]byte, w int, v uint64) int {
	for {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			return w
		}
	}
}

// appendUint appends the decimal form of v.
func appendUint(b []byte, v uint64) []byte {
	var buf [32]byte
	w := putUint(&buf, len(buf), v)
	return append(b, buf[w:]...)
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
