// This file implements reading tzdata: the TZif file format (RFC 8536) that LoadLocation and the
// local zone come from, and the POSIX TZ rule strings ("EST5EDT,M3.2.0,M11.1.0") that such files
// end with to describe the years after their last listed transition.
package time

import "errors"

var badData = errors.New("malformed time zone information")

// tzReader reads big-endian fields off a byte slice, remembering whether it ran short.
type tzReader struct {
	p   []byte
	bad bool
}

func (r *tzReader) read(n int) []byte {
	if len(r.p) < n {
		r.p = nil
		r.bad = true
		return nil
	}
	p := r.p[:n]
	r.p = r.p[n:]
	return p
}

func (r *tzReader) big4() (uint32, bool) {
	p := r.read(4)
	if len(p) < 4 {
		return 0, false
	}
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3]), true
}

func (r *tzReader) big8() (uint64, bool) {
	hi, ok1 := r.big4()
	lo, ok2 := r.big4()
	if !ok1 || !ok2 {
		r.bad = true
		return 0, false
	}
	return uint64(hi)<<32 | uint64(lo), true
}

// cString returns p up to its first NUL byte.
func cString(p []byte) string {
	for i := 0; i < len(p); i++ {
		if p[i] == 0 {
			return string(p[:i])
		}
	}
	return string(p)
}

// The six counts of a TZif header, in file order.
const (
	nUTCLocal = iota
	nStdWall
	nLeap
	nTime
	nZone
	nChar
)

// LoadLocationFromTZData returns a Location with the given name initialized from the
// IANA Time Zone database-formatted data.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := tzReader{p: data}
	if magic := r.read(4); string(magic) != "TZif" {
		return nil, badData
	}
	p := r.read(16)
	if len(p) != 16 {
		return nil, badData
	}
	version := 0
	switch p[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return nil, badData
	}
	var n [6]int
	readCounts := func() bool {
		for i := range n {
			c, ok := r.big4()
			if !ok || uint32(int(c)) != c {
				return false
			}
			n[i] = int(c)
		}
		return true
	}
	if !readCounts() {
		return nil, badData
	}

	// Version 2 and later files repeat the data with 64-bit times after the 32-bit block; skip
	// to that second header.
	size := 4
	if version > 1 {
		r.read(n[nTime]*4 + n[nTime] + n[nZone]*6 + n[nChar] + n[nLeap]*8 + n[nStdWall] + n[nUTCLocal] + 4 + 16)
		if !readCounts() {
			return nil, badData
		}
		size = 8
	}

	txtimes := tzReader{p: r.read(n[nTime] * size)}
	txzones := r.read(n[nTime])
	zonedata := tzReader{p: r.read(n[nZone] * 6)}
	abbrev := r.read(n[nChar])
	r.read(n[nLeap] * (size + 4))
	isstd := r.read(n[nStdWall])
	isutc := r.read(n[nUTCLocal])
	if r.bad {
		return nil, badData
	}

	var extend string
	if rest := r.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}

	if n[nZone] == 0 {
		return nil, badData
	}
	zones := make([]zone, n[nZone])
	for i := range zones {
		off, ok := zonedata.big4()
		if !ok || uint32(int(off)) != off {
			return nil, badData
		}
		zones[i].offset = int(int32(off))
		b := zonedata.read(2)
		if len(b) < 2 || int(b[1]) >= len(abbrev) {
			return nil, badData
		}
		zones[i].isDST = b[0] != 0
		zones[i].name = cString(abbrev[b[1]:])
	}

	tx := make([]zoneTrans, n[nTime])
	for i := range tx {
		var when int64
		if size == 4 {
			w, ok := txtimes.big4()
			if !ok {
				return nil, badData
			}
			when = int64(int32(w))
		} else {
			w, ok := txtimes.big8()
			if !ok {
				return nil, badData
			}
			when = int64(w)
		}
		if int(txzones[i]) >= len(zones) {
			return nil, badData
		}
		tx[i].when = when
		tx[i].index = txzones[i]
		if i < len(isstd) {
			tx[i].isstd = isstd[i] != 0
		}
		if i < len(isutc) {
			tx[i].isutc = isutc[i] != 0
		}
	}
	if len(tx) == 0 {
		// A zone with no transitions (UTC itself, or a fixed one) is in zone 0 forever.
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}

	l := &Location{zone: zones, tx: tx, name: name, extend: extend}
	l.cacheNow()
	return l, nil
}

// cacheNow fills the lookup cache with the zone in effect at the current time.
func (l *Location) cacheNow() {
	sec := now() / 1e9
	tx := l.tx
	for i := range tx {
		if tx[i].when <= sec && (i+1 == len(tx) || sec < tx[i+1].when) {
			l.cacheStart = tx[i].when
			l.cacheEnd = omega
			l.cacheZone = &l.zone[tx[i].index]
			if i+1 < len(tx) {
				l.cacheEnd = tx[i+1].when
			} else if l.extend != "" {
				if name, offset, estart, eend, isDST, ok := tzset(l.extend, l.cacheStart, sec); ok {
					l.cacheStart = estart
					l.cacheEnd = eend
					if zi := findZone(l.zone, name, offset, isDST); zi != -1 {
						l.cacheZone = &l.zone[zi]
					} else {
						l.cacheZone = &zone{name, offset, isDST}
					}
				}
			}
			return
		}
	}
}

func findZone(zones []zone, name string, offset int, isDST bool) int {
	for i, z := range zones {
		if z.name == name && z.offset == offset && z.isDST == isDST {
			return i
		}
	}
	return -1
}

// tzset evaluates the POSIX TZ rule s at sec, which lies after the last transition (at
// lastTxSec). It returns the zone in effect and its bounds; ok is false if s is malformed.
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var stdName, dstName string
	var stdOffset, dstOffset int

	stdName, s, ok = tzsetName(s)
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	// POSIX offsets count west of UTC; ours count east.
	stdOffset = -stdOffset

	if len(s) == 0 || s[0] == ',' {
		// No daylight saving time.
		return stdName, stdOffset, lastTxSec, omega, false, true
	}

	dstName, s, ok = tzsetName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}

	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // the US rules, POSIX's default
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]

	var startRule, endRule tzRule
	startRule, s, ok = tzsetRule(s)
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	endRule, s, ok = tzsetRule(s)
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}

	year, _, _, yday := absDate(uint64(sec+unixToInternal+internalToAbsolute), false)
	ysec := int64(yday*secondsPerDay) + sec%secondsPerDay

	// The start of the year, in Unix seconds.
	abs := int64(daysSinceEpoch(year) * secondsPerDay)
	abs += absoluteToInternal + internalToUnix

	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	// In the southern hemisphere daylight time spans the new year: swap so that the period
	// between the two rules is the one named "dst" below.
	if endSec < startSec {
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}

	// The end of the year period is approximate (the year may be a leap year), as in Go.
	switch {
	case ysec < startSec:
		return stdName, stdOffset, abs, startSec + abs, stdIsDST, true
	case ysec >= endSec:
		return stdName, stdOffset, endSec + abs, abs + 365*secondsPerDay, stdIsDST, true
	default:
		return dstName, dstOffset, startSec + abs, endSec + abs, dstIsDST, true
	}
}

// tzsetName parses a zone abbreviation: three or more letters, or anything between < and >.
func tzsetName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '-', '+':
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzsetOffset parses [+-]hh[:mm[:ss]] into seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		s = s[1:]
		neg = true
	}
	// Hours go up to 24*7 to allow rules like "<+168>-168".
	hours, s, ok := tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * secondsPerHour
	for _, unit := range []int{secondsPerMinute, 1} {
		if len(s) == 0 || s[0] != ':' {
			break
		}
		var v int
		v, s, ok = tzsetNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		off += v * unit
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// The forms of a POSIX TZ date rule.
const (
	ruleJulian       = iota // Jn: day n of 1..365, February 29 never counted
	ruleDOY                 // n: day n of 0..365
	ruleMonthWeekDay        // Mm.w.d: day d of week w (5 = last) of month m
)

type tzRule struct {
	kind int
	day  int
	week int
	mon  int
	time int // seconds after local midnight
}

func tzsetRule(s string) (tzRule, string, bool) {
	var r tzRule
	if len(s) == 0 {
		return tzRule{}, "", false
	}
	ok := false
	switch s[0] {
	case 'J':
		r.kind = ruleJulian
		if r.day, s, ok = tzsetNum(s[1:], 1, 365); !ok {
			return tzRule{}, "", false
		}
	case 'M':
		r.kind = ruleMonthWeekDay
		if r.mon, s, ok = tzsetNum(s[1:], 1, 12); !ok || len(s) == 0 || s[0] != '.' {
			return tzRule{}, "", false
		}
		if r.week, s, ok = tzsetNum(s[1:], 1, 5); !ok || len(s) == 0 || s[0] != '.' {
			return tzRule{}, "", false
		}
		if r.day, s, ok = tzsetNum(s[1:], 0, 6); !ok {
			return tzRule{}, "", false
		}
	default:
		r.kind = ruleDOY
		if r.day, s, ok = tzsetNum(s, 0, 365); !ok {
			return tzRule{}, "", false
		}
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * secondsPerHour
		return r, s, true
	}
	offset, s, ok := tzsetOffset(s[1:])
	if !ok {
		return tzRule{}, "", false
	}
	r.time = offset
	return r, s, true
}

// tzsetNum parses a decimal number in [min, max].
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			if i == 0 || num < min {
				return 0, "", false
			}
			return num, s[i:], true
		}
		num = num*10 + int(c-'0')
		if num > max {
			return 0, "", false
		}
	}
	if num < min {
		return 0, "", false
	}
	return num, "", true
}

// tzruleTime returns the second of year at which rule r takes effect, in UTC given the zone
// offset in effect before it.
func tzruleTime(year int, r tzRule, off int) int {
	var s int
	switch r.kind {
	case ruleJulian:
		s = (r.day - 1) * secondsPerDay
		if isLeap(year) && r.day >= 60 {
			s += secondsPerDay
		}
	case ruleDOY:
		s = r.day * secondsPerDay
	case ruleMonthWeekDay:
		// Zeller's congruence gives the weekday of the month's first day.
		m1 := (r.mon+9)%12 + 1
		yy0 := year
		if r.mon <= 2 {
			yy0--
		}
		yy1 := yy0 / 100
		yy2 := yy0 % 100
		dow := ((26*m1-2)/10 + 1 + yy2 + yy2/4 + yy1/4 - 2*yy1) % 7
		if dow < 0 {
			dow += 7
		}
		d := r.day - dow
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		d += int(daysBefore[r.mon-1])
		if isLeap(year) && r.mon > 2 {
			d++
		}
		s = d * secondsPerDay
	}
	return s + r.time - off
}
