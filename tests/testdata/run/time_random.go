package main

import (
	"fmt"
	"time"
)

// A fixed linear congruential generator, so the sequence is the same everywhere.
var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func intn(n int) int { return int(next() % uint64(n)) }

var elems = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "15", "3", "03", "4", "04",
	"5", "05", "PM", "pm", "Mon", "Monday", "MST", "Z07:00", "Z0700", "Z07", "-07:00", "-0700", "-07", "-07:00:00",
	"Z07:00:00", "-070000", ".000", ".999", ",000000", ".999999999", ".0", ".9", " ", "-", ":", "T", "/", "x", "  "}

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	syd, _ := time.LoadLocation("Australia/Sydney")
	locs := []*time.Location{time.UTC, ny, syd, time.FixedZone("F", -3*3600-1800), time.FixedZone("", 5*3600+45*60)}
	for i := 0; i < 400; i++ {
		sec := int64(next()%(1<<36)) - 1<<35 + 1<<34
		nsec := int64(intn(1e9))
		if intn(3) == 0 {
			nsec = int64(intn(1000)) * 1e6
		}
		t := time.Unix(sec, nsec).In(locs[intn(len(locs))])
		layout := ""
		for n := 1 + intn(6); n > 0; n-- {
			layout += elems[intn(len(elems))]
		}
		s := t.Format(layout)
		p, err := time.ParseInLocation(layout, s, t.Location())
		fmt.Printf("%q %q | %v | %v %v\n", layout, s, t, p, err)
		d := time.Duration(next())
		if intn(2) == 0 {
			d = time.Duration(intn(1 << 40))
		}
		pd, err := time.ParseDuration(d.String())
		r := time.Duration(1 + intn(1<<30))
		fmt.Println(d, pd == d, err, d.Round(r), d.Truncate(r), t.Round(r), t.Truncate(r))
		y, w := t.ISOWeek()
		fmt.Println(t.YearDay(), t.Weekday(), y, w, t.AddDate(intn(5)-2, intn(30)-15, intn(100)-50), t.Sub(time.Unix(0, 0)))
	}
}
