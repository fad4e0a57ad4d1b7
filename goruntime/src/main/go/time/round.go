// This file implements Time.Truncate and Time.Round: rounding to a multiple of a duration
// counted from the zero time, which needs the remainder of a 96-bit nanosecond count.
package time

// Truncate returns the result of rounding t down to a multiple of d since the zero time, with
// the monotonic reading dropped.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

// Round returns the result of rounding t to the nearest multiple of d since the zero time,
// halfway values rounding up, with the monotonic reading dropped. Round(0) only drops it.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// div divides t (since the zero time) by d and returns the quotient's parity and the remainder.
// A Time spans more than 2^63 nanoseconds, so the general case divides a 128-bit nanosecond
// count by shifting and subtracting.
func div(t Time, d Duration) (qmod2 int, r Duration) {
	neg := false
	nsec := t.nsec()
	sec := t.sec()
	if sec < 0 {
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}

	switch {
	case d < Second && Second%(d+d) == 0:
		// d divides a second evenly: only the nanoseconds matter.
		qmod2 = int(nsec/int32(d)) & 1
		r = Duration(nsec % int32(d))

	case d%Second == 0:
		d1 := int64(d / Second)
		qmod2 = int(sec/d1) & 1
		r = Duration(sec%d1)*Second + Duration(nsec)

	default:
		// hi:lo = sec*1e9 + nsec as a 128-bit number.
		s := uint64(sec)
		tmp := (s >> 32) * 1e9
		hi := tmp >> 32
		lo := tmp << 32
		tmp = (s & 0xFFFFFFFF) * 1e9
		old := lo
		lo += tmp
		if lo < old {
			hi++
		}
		old = lo
		lo += uint64(nsec)
		if lo < old {
			hi++
		}

		// Long division by d: d1:d0 = d shifted left until its top bit is set, then shifted back
		// one bit per step, subtracting when it fits.
		d1 := uint64(d)
		for d1>>63 != 1 {
			d1 <<= 1
		}
		d0 := uint64(0)
		for {
			qmod2 = 0
			if hi > d1 || hi == d1 && lo >= d0 {
				qmod2 = 1
				old = lo
				lo -= d0
				if lo > old {
					hi--
				}
				hi -= d1
			}
			if d1 == 0 && d0 == uint64(d) {
				break
			}
			d0 >>= 1
			d0 |= (d1 & 1) << 63
			d1 >>= 1
		}
		r = Duration(lo)
	}

	if neg && r != 0 {
		// Remainders are towards the zero time; flip for negative times.
		qmod2 ^= 1
		r = d - r
	}
	return
}
