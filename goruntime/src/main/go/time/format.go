// This file implements Time.Format: layouts are written as the reference time
// "Mon Jan 2 15:04:05 MST 2006" would be shown, and the layout is cut into literal text and
// "std" elements (2006, Jan, _2, .000, Z07:00, ...) that each print one field. The element
// recogniser is shared with Parse, which must split layouts identically.
package time

// Predefined layouts for Time.Format and time.Parse.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // the reference time, in numerical order
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// Layout elements. The stdNeedDate and stdNeedClock bits say which fields an element needs;
// fractional seconds carry their digit count and separator in the high bits.
const (
	_                        = iota
	stdLongMonth             = iota + stdNeedDate  // "January"
	stdMonth                                       // "Jan"
	stdNumMonth                                    // "1"
	stdZeroMonth                                   // "01"
	stdLongWeekDay                                 // "Monday"
	stdWeekDay                                     // "Mon"
	stdDay                                         // "2"
	stdUnderDay                                    // "_2"
	stdZeroDay                                     // "02"
	stdUnderYearDay                                // "__2"
	stdZeroYearDay                                 // "002"
	stdHour                  = iota + stdNeedClock // "15"
	stdHour12                                      // "3"
	stdZeroHour12                                  // "03"
	stdMinute                                      // "4"
	stdZeroMinute                                  // "04"
	stdSecond                                      // "5"
	stdZeroSecond                                  // "05"
	stdLongYear              = iota + stdNeedDate  // "2006"
	stdYear                                        // "06"
	stdPM                    = iota + stdNeedClock // "PM"
	stdpm                                          // "pm"
	stdTZ                    = iota                // "MST"
	stdISO8601TZ                                   // "Z0700", Z for UTC
	stdISO8601SecondsTZ                            // "Z070000"
	stdISO8601ShortTZ                              // "Z07"
	stdISO8601ColonTZ                              // "Z07:00", Z for UTC
	stdISO8601ColonSecondsTZ                       // "Z07:00:00"
	stdNumTZ                                       // "-0700"
	stdNumSecondsTz                                // "-070000"
	stdNumShortTZ                                  // "-07"
	stdNumColonTZ                                  // "-07:00"
	stdNumColonSecondsTZ                           // "-07:00:00"
	stdFracSecond0                                 // ".0", ".00", ..., trailing zeros kept
	stdFracSecond9                                 // ".9", ".99", ..., trailing zeros dropped

	stdNeedDate       = 1 << 8
	stdNeedClock      = 2 << 8
	stdArgShift       = 16
	stdSeparatorShift = 28
	stdMask           = 1<<stdArgShift - 1
)

// std0x maps the digit after a '0' (1 to 6) to its zero-padded element.
var std0x = [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

func startsWithLowerCase(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

// hasAt reports whether elem occurs in s at i. Layout elements are a few bytes long, so a byte
// loop beats comparing substrings.
func hasAt(s string, i int, elem string) bool {
	if len(s) < i+len(elem) {
		return false
	}
	for j := 0; j < len(elem); j++ {
		if s[i+j] != elem[j] {
			return false
		}
	}
	return true
}

// nextStdChunk finds the first layout element in layout and returns the text before it, the
// element, and the text after it; std is 0 when there is none.
func nextStdChunk(layout string) (prefix string, std int, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := int(layout[i]); c {
		case 'J': // January, Jan
			if hasAt(layout, i, "Jan") {
				if hasAt(layout, i, "January") {
					return layout[:i], stdLongMonth, layout[i+7:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[:i], stdMonth, layout[i+3:]
				}
			}
		case 'M': // Monday, Mon, MST
			if hasAt(layout, i, "Mon") {
				if hasAt(layout, i, "Monday") {
					return layout[:i], stdLongWeekDay, layout[i+6:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[:i], stdWeekDay, layout[i+3:]
				}
			}
			if hasAt(layout, i, "MST") {
				return layout[:i], stdTZ, layout[i+3:]
			}
		case '0': // 01, 02, 03, 04, 05, 06, 002
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return layout[:i], std0x[layout[i+1]-'1'], layout[i+2:]
			}
			if hasAt(layout, i, "002") {
				return layout[:i], stdZeroYearDay, layout[i+3:]
			}
		case '1': // 15, 1
			if hasAt(layout, i, "15") {
				return layout[:i], stdHour, layout[i+2:]
			}
			return layout[:i], stdNumMonth, layout[i+1:]
		case '2': // 2006, 2
			if hasAt(layout, i, "2006") {
				return layout[:i], stdLongYear, layout[i+4:]
			}
			return layout[:i], stdDay, layout[i+1:]
		case '_': // _2, _2006, __2
			if hasAt(layout, i, "_2") {
				// _2006 is a literal underscore and a year.
				if hasAt(layout, i+1, "2006") {
					return layout[:i+1], stdLongYear, layout[i+5:]
				}
				return layout[:i], stdUnderDay, layout[i+2:]
			}
			if hasAt(layout, i, "__2") {
				return layout[:i], stdUnderYearDay, layout[i+3:]
			}
		case '3':
			return layout[:i], stdHour12, layout[i+1:]
		case '4':
			return layout[:i], stdMinute, layout[i+1:]
		case '5':
			return layout[:i], stdSecond, layout[i+1:]
		case 'P': // PM
			if hasAt(layout, i, "PM") {
				return layout[:i], stdPM, layout[i+2:]
			}
		case 'p': // pm
			if hasAt(layout, i, "pm") {
				return layout[:i], stdpm, layout[i+2:]
			}
		case '-': // -070000, -07:00:00, -0700, -07:00, -07; longest first
			if hasAt(layout, i, "-07") {
				switch {
				case hasAt(layout, i, "-070000"):
					return layout[:i], stdNumSecondsTz, layout[i+7:]
				case hasAt(layout, i, "-07:00:00"):
					return layout[:i], stdNumColonSecondsTZ, layout[i+9:]
				case hasAt(layout, i, "-0700"):
					return layout[:i], stdNumTZ, layout[i+5:]
				case hasAt(layout, i, "-07:00"):
					return layout[:i], stdNumColonTZ, layout[i+6:]
				}
				return layout[:i], stdNumShortTZ, layout[i+3:]
			}
		case 'Z': // Z070000, Z07:00:00, Z0700, Z07:00, Z07
			if hasAt(layout, i, "Z07") {
				switch {
				case hasAt(layout, i, "Z070000"):
					return layout[:i], stdISO8601SecondsTZ, layout[i+7:]
				case hasAt(layout, i, "Z07:00:00"):
					return layout[:i], stdISO8601ColonSecondsTZ, layout[i+9:]
				case hasAt(layout, i, "Z0700"):
					return layout[:i], stdISO8601TZ, layout[i+5:]
				case hasAt(layout, i, "Z07:00"):
					return layout[:i], stdISO8601ColonTZ, layout[i+6:]
				}
				return layout[:i], stdISO8601ShortTZ, layout[i+3:]
			}
		case '.', ',': // .000 or .999, or with a comma: a run of one digit not followed by a digit
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigit(layout, j) {
					code := stdFracSecond0
					if ch == '9' {
						code = stdFracSecond9
					}
					return layout[:i], stdFracSecond(code, j-(i+1), c), layout[j:]
				}
			}
		}
	}
	return layout, 0, ""
}

func stdFracSecond(code, n, c int) int {
	std := code | (n&0xfff)<<stdArgShift
	if c != '.' {
		std |= 1 << stdSeparatorShift
	}
	return std
}

func digitsLen(std int) int {
	return (std >> stdArgShift) & 0xfff
}

func separator(std int) byte {
	if std>>stdSeparatorShift == 0 {
		return '.'
	}
	return ','
}

// appendInt appends the decimal form of x, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	// The common shapes, in one append each.
	switch {
	case 0 <= x && x < 10 && width <= 1:
		return append(b, byte('0'+x))
	case 0 <= x && x < 100 && width == 2:
		return append(b, byte('0'+x/10), byte('0'+x%10))
	case 0 <= x && x < 10000 && width == 4:
		return append(b, byte('0'+x/1000), byte('0'+x/100%10), byte('0'+x/10%10), byte('0'+x%10))
	}
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	if u >= 1<<63 { // only -x of the smallest int; the rest divides as signed, which is cheaper
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	v := int(u)
	for v >= 10 {
		i--
		q := v / 10
		buf[i] = byte('0' + v - q*10)
		v = q
	}
	i--
	buf[i] = byte('0' + v)
	for len(buf)-i < width && i > 0 {
		i--
		buf[i] = '0'
	}
	for w := len(buf) - i; w < width; w++ { // wider than any int
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendNano appends the fractional second element std for nanosec.
func appendNano(b []byte, nanosec uint, std int) []byte {
	n := digitsLen(std)
	var digits [9]byte
	u := nanosec
	for i := len(digits) - 1; i >= 0; i-- {
		digits[i] = byte(u%10 + '0')
		u /= 10
	}
	if n > 9 {
		n = 9
	}
	if std&stdMask == stdFracSecond9 {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, separator(std))
	return append(b, digits[:n]...)
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST", followed by
// " m=±<seconds>" when t carries a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic == 0 {
		return s
	}
	m := uint64(t.ext)
	sign := byte('+')
	if t.ext < 0 {
		sign = '-'
		m = -m
	}
	secs, frac := m/1e9, m%1e9
	gsecs, secs := secs/1e9, secs%1e9
	b := append([]byte(s), " m="...)
	b = append(b, sign)
	width := 0
	if gsecs != 0 {
		b = appendInt(b, int(gsecs), 0)
		width = 9
	}
	b = appendInt(b, int(secs), width)
	b = append(b, '.')
	b = appendInt(b, int(frac), 9)
	return string(b)
}

// Format returns a textual representation of the time value formatted according to layout.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, abs := t.locabs()
	year := -1
	var month Month
	var day, yday int
	hour := -1
	var min, sec int

	for _, c := range splitLayout(layout) {
		b = append(b, c.prefix...)
		std := c.std
		if std == 0 {
			break
		}

		if year < 0 && std&stdNeedDate != 0 {
			year, month, day, yday = absDate(abs, true)
			yday++
		}
		if hour < 0 && std&stdNeedClock != 0 {
			hour, min, sec = absClock(abs)
		}

		switch std & stdMask {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, absWeekday(abs).String()[:3]...)
		case stdLongWeekDay:
			b = append(b, absWeekday(abs).String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			b = appendInt(b, hour12(hour), 0)
		case stdZeroHour12:
			b = appendInt(b, hour12(hour), 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			b = appendOffset(b, offset, std)
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			// No abbreviation: the numeric offset, -0700 style.
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendNano(b, uint(t.Nanosecond()), std)
		}
	}
	return b
}

// A layoutChunk is literal text followed by one element (none, 0, at the end).
type layoutChunk struct {
	prefix string
	std    int
	elem   string // the element's text in the layout, for Parse's errors
}

// A splitCache remembers the last layout split: programs format and parse with a few constant
// layouts over and over. The cache is one pointer, replaced whole, so goroutines sharing it only ever
// see a complete entry.
type splitCache struct {
	layout string
	chunks []layoutChunk
}

var lastSplit *splitCache

// splitLayout cuts layout into chunks as nextStdChunk does.
func splitLayout(layout string) []layoutChunk {
	if c := lastSplit; c != nil && c.layout == layout {
		return c.chunks
	}
	var chunks []layoutChunk
	for rest := layout; rest != ""; {
		prefix, std, suffix := nextStdChunk(rest)
		chunks = append(chunks, layoutChunk{prefix, std, rest[len(prefix) : len(rest)-len(suffix)]})
		if std == 0 {
			break
		}
		rest = suffix
	}
	lastSplit = &splitCache{layout, chunks}
	return chunks
}

func hour12(hour int) int {
	if hr := hour % 12; hr != 0 {
		return hr
	}
	return 12
}

// appendOffset appends a numeric zone element. The ISO 8601 forms write Z for a zero offset.
// Seconds of the offset only appear in the forms that name them; otherwise they are dropped.
func appendOffset(b []byte, offset int, std int) []byte {
	iso := std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ ||
		std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ
	if offset == 0 && iso {
		return append(b, 'Z')
	}
	zone := offset / 60
	absoffset := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		absoffset = -absoffset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	colon := std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ ||
		std == stdNumColonSecondsTZ
	if colon {
		b = append(b, ':')
	}
	if std != stdNumShortTZ && std != stdISO8601ShortTZ {
		b = appendInt(b, zone%60, 2)
	}
	if std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ ||
		std == stdISO8601ColonSecondsTZ {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, absoffset%60, 2)
	}
	return b
}
