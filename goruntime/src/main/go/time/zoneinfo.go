// This file implements Location: a table of zones (abbreviation, offset, DST flag) and the
// transitions between them, as read from the system's tzdata (TZif) files, plus the POSIX TZ
// rule string such files end with, which covers instants after the last transition. Lookups
// cache the zone in effect "now", since most times printed are near it. The local location is
// resolved on first use from the TZ environment variable or /etc/localtime, as on Unix.
package time

import (
	"errors"
	"sync"
)

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name string
	zone []zone
	tx   []zoneTrans

	// extend is the POSIX TZ rule for instants after the last transition.
	extend string

	// The zone in effect over [cacheStart, cacheEnd), Unix seconds.
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// A zone represents a single time zone such as CET.
type zone struct {
	name   string
	offset int // seconds east of UTC
	isDST  bool
}

// A zoneTrans represents a single time zone transition.
type zoneTrans struct {
	when         int64 // Unix seconds
	index        uint8 // the zone in effect from then on
	isstd, isutc bool
}

// alpha and omega are the open ends of a zone's validity.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC"}

// Local represents the system's local time zone.
var Local *Location = &localLoc

var localLoc Location
var localOnce sync.Once

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
	}
	return l
}

// String returns a descriptive name for the time zone information, corresponding to the name
// argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds east
// of UTC).
func FixedZone(name string, offset int) *Location {
	l := &Location{
		name:       name,
		zone:       []zone{{name, offset, false}},
		tx:         []zoneTrans{{alpha, 0, false, false}},
		cacheStart: alpha,
		cacheEnd:   omega,
	}
	l.cacheZone = &l.zone[0]
	return l
}

// lookup returns the zone in effect at sec (Unix seconds) and the bounds [start, end) of its
// validity.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if z := l.cacheZone; z != nil && l.cacheStart <= sec && sec < l.cacheEnd {
		return z.name, z.offset, l.cacheStart, l.cacheEnd, z.isDST
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}

	// The last transition at or before sec.
	tx := l.tx
	end = omega
	lo, hi := 0, len(tx)
	for hi-lo > 1 {
		m := lo + (hi-lo)/2
		if lim := tx[m].when; sec < lim {
			end = lim
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, tx[lo].when, z.isDST

	if lo == len(tx)-1 && l.extend != "" {
		if ename, eoffset, estart, eend, eisDST, ok := tzset(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, eisDST
		}
	}
	return
}

// lookupFirstZone returns the zone in effect before the first transition: the first standard
// zone before the first transition's zone if that one is DST, else the first standard zone, else
// zone 0 (the rules of zic and of Go).
func (l *Location) lookupFirstZone() int {
	if !l.firstZoneUsed() {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

func (l *Location) firstZoneUsed() bool {
	for _, tx := range l.tx {
		if tx.index == 0 {
			return true
		}
	}
	return false
}

// lookupName returns the offset of the zone called name, preferring the one in effect around
// unix (used by Parse to resolve abbreviations like "EST").
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			nam, offset, _, _, _ := l.lookup(unix - int64(z.offset))
			if nam == z.name {
				return offset, true
			}
		}
	}
	for i := range l.zone {
		if z := &l.zone[i]; z.name == name {
			return z.offset, true
		}
	}
	return
}

var errLocation = errors.New("time: invalid location name")

// platformZoneSources are the directories searched for tzdata files.
var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

// LoadLocation returns the Location with the given name: "" or "UTC" is UTC, "Local" is Local,
// anything else is an IANA zone name looked up in the directory named by the ZONEINFO
// environment variable, then in the system's tzdata directories.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	var firstErr error
	if dir, _ := getenv("ZONEINFO"); dir != "" {
		data, status := readFile(dir + "/" + name)
		if status == readOK {
			z, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return z, nil
			}
			firstErr = err
		} else if status != readNotFound {
			firstErr = readError(status)
		}
	}
	z, err := loadLocation(name, platformZoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

// loadLocation looks name up in each directory of sources in turn.
func loadLocation(name string, sources []string) (*Location, error) {
	var firstErr error
	for _, source := range sources {
		data, status := readFile(source + name)
		if status == readOK {
			z, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return z, nil
			}
			if firstErr == nil {
				firstErr = err
			}
		} else if firstErr == nil && status != readNotFound {
			firstErr = readError(status)
		}
	}
	// Where Go would use its embedded tzdata, use the JDK's rules.
	if data := jdkZone(name); data != nil {
		if z, err := LoadLocationFromTZData(name, data); err == nil {
			return z, nil
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// initLocal resolves Local as Go does on Unix: TZ unset means /etc/localtime, TZ empty means
// UTC, TZ=":name" or "name" a zone name or, starting with '/', a file; anything unusable UTC.
func initLocal() {
	tz, ok := getenv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc/"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, platformZoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

// Results of readFile besides the data.
const (
	readOK = iota
	readNotFound
	readIsDir
	readFailed
)

// readError is the error Go's file reading reports for a status (the bare errno text).
func readError(status int) error {
	switch status {
	case readIsDir:
		return errors.New("is a directory")
	case readNotFound:
		return errors.New("no such file or directory")
	}
	return errors.New("input/output error")
}

// readFile reads a whole file (tzdata files are small).
func readFile(path string) ([]byte, int)

// jdkZone returns TZif data for the zone built from the JDK's rules, or nil if it has none.
func jdkZone(name string) []byte

// getenv reads the environment, as os.Getenv sees it.
func getenv(key string) (string, bool)
