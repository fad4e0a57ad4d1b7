// This file implements the proleptic Gregorian calendar arithmetic behind Time: months and
// weekdays, leap years, and the conversion between a day count and a (year, month, day). Days
// are counted from an "absolute" epoch far enough in the past (year -292277022399, a multiple of
// 400 years before year 1) that every representable instant has a non-negative count, so the
// 400/100/4/1-year cycle decomposition works on unsigned numbers.
package time

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + string(appendUint(nil, uint64(m))) + ")" // as unsigned, as Go does
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + string(appendUint(nil, uint64(d))) + ")"
}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay
	daysPer400Years  = 365*400 + 97
	daysPer100Years  = 365*100 + 24
	daysPer4Years    = 365*4 + 1
)

// The three epochs an instant is counted from: absolute (see above), internal (January 1 of
// year 1, Time's own count) and Unix (January 1, 1970 UTC).
const (
	absoluteZeroYear = -292277022399

	absoluteToInternal int64 = -9223371966579724800 // (absoluteZeroYear - 1) * 365.2425 days
	internalToAbsolute       = -absoluteToInternal

	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	// Start of the 33-bit seconds field of a Time carrying a monotonic reading (year 1885).
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

// daysBefore[m] counts the days before month m+1 in a year without February 29.
var daysBefore = [...]int32{
	0,
	31,
	31 + 28,
	31 + 28 + 31,
	31 + 28 + 31 + 30,
	31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31,
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// absDate splits an absolute second count into year, month, day and the zero-based day of the
// year; month and day only when full is set.
func absDate(abs uint64, full bool) (year int, month Month, day int, yday int) {
	d := abs / secondsPerDay

	// Whole 400-year cycles, then centuries, 4-year cycles and years. The last century of a
	// cycle and the last year of a 4-year cycle are a day longer, so a quotient of 4 means the
	// final day of the longer period and is pulled back to 3.
	n := d / daysPer400Years
	y := 400 * n
	d -= daysPer400Years * n

	n = d / daysPer100Years
	n -= n >> 2
	y += 100 * n
	d -= daysPer100Years * n

	n = d / daysPer4Years
	y += 4 * n
	d -= daysPer4Years * n

	n = d / 365
	n -= n >> 2
	y += n
	d -= 365 * n

	year = int(int64(y) + absoluteZeroYear)
	yday = int(d)
	if !full {
		return
	}
	day = yday
	if isLeap(year) {
		if day == 31+29-1 {
			return year, February, 29, yday
		}
		if day > 31+29-1 {
			day--
		}
	}
	// A month has at most 31 days, so day/31 is the month or the one before it.
	m := day / 31
	if day >= int(daysBefore[m+1]) {
		m++
	}
	month = Month(m + 1)
	day = day - int(daysBefore[m]) + 1
	return
}

// absWeekday returns the day of the week of an absolute second count; the absolute epoch is a
// Monday.
func absWeekday(abs uint64) Weekday {
	sec := (abs + uint64(Monday)*secondsPerDay) % secondsPerWeek
	return Weekday(int(sec) / secondsPerDay)
}

// absClock returns the hour, minute and second within the day of an absolute second count.
func absClock(abs uint64) (hour, min, sec int) {
	sec = int(abs % secondsPerDay)
	hour = sec / secondsPerHour
	sec -= hour * secondsPerHour
	min = sec / secondsPerMinute
	sec -= min * secondsPerMinute
	return
}

// daysSinceEpoch returns the number of days from the absolute epoch to January 1 of year.
func daysSinceEpoch(year int) uint64 {
	y := uint64(int64(year) - absoluteZeroYear)
	n := y / 400
	y -= 400 * n
	d := daysPer400Years * n
	n = y / 100
	y -= 100 * n
	d += daysPer100Years * n
	n = y / 4
	y -= 4 * n
	d += daysPer4Years * n
	d += 365 * y
	return d
}

// norm returns hi and lo adjusted so that 0 <= lo < base, carrying into hi.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}
