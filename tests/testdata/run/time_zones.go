package main

import (
	"fmt"
	"time"
)

func load(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

func main() {
	for _, name := range []string{"", "UTC", "Local", "Foo/Bar", "../etc/passwd", "/etc/localtime", "America", "Mars/Olympus_Mons"} {
		l, err := time.LoadLocation(name)
		if name == "Local" {
			fmt.Printf("%q: %v %v\n", name, l == time.Local, err)
			continue
		}
		fmt.Printf("%q: %v %v\n", name, l, err)
	}

	zones := []string{"America/New_York", "Europe/London", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata",
		"America/Sao_Paulo", "Pacific/Chatham", "Africa/Casablanca", "Asia/Tokyo", "America/St_Johns", "Europe/Dublin", "Etc/GMT+5"}
	for _, name := range zones {
		loc := load(name)
		fmt.Println("==", loc)
		// Walk across each year hour by hour, reporting every change of zone.
		for _, year := range []int{1900, 1970, 2007, 2023, 2037, 2050, 2100} {
			t := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
			end := t.AddDate(1, 0, 0)
			pn, po := t.In(loc).Zone()
			for t.Before(end) {
				t = t.Add(time.Hour)
				n, o := t.In(loc).Zone()
				if n != pn || o != po {
					fmt.Println(" ", t.In(loc), t.In(loc).IsDST(), t.UTC().Format(time.RFC3339))
					pn, po = n, o
				}
			}
		}
		s, e := time.Date(2023, 8, 1, 0, 0, 0, 0, loc).ZoneBounds()
		fmt.Println("  bounds", s, "|", e)
		s, e = time.Date(1800, 8, 1, 0, 0, 0, 0, loc).ZoneBounds()
		fmt.Println("  bounds 1800", s, "|", e, s.IsZero())
	}

	ny := load("America/New_York")
	// Wall times a transition skips or repeats.
	for _, h := range []int{0, 1, 2, 3} {
		fmt.Println(time.Date(2023, 3, 12, h, 30, 0, 0, ny), time.Date(2023, 11, 5, h, 30, 0, 0, ny))
	}
	t := time.Date(2023, 11, 5, 0, 0, 0, 0, ny)
	fmt.Println(t.Add(24*time.Hour), t.AddDate(0, 0, 1), t.AddDate(0, 0, 1).Sub(t))
	fmt.Println(t.Truncate(24*time.Hour), t.Round(time.Hour), t.Unix())

	// Abbreviations resolve against the location.
	for _, v := range []string{"Jul 4 2023 12:00 EDT", "Jul 4 2023 12:00 EST", "Jan 4 2023 12:00 EDT", "Jan 4 2023 12:00 PST", "Jan 4 2023 12:00 UTC"} {
		p, err := time.ParseInLocation("Jan 2 2006 15:04 MST", v, ny)
		fmt.Println(p, err, p.Location())
	}
	p, err := time.ParseInLocation("2006-01-02 15:04 -0700", "2023-07-04 12:00 -0400", ny)
	fmt.Println(p, err, p.Location())
	p, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2023-07-04 12:00 -0500", ny)
	fmt.Println(p, err, p.Location())
	p, err = time.ParseInLocation("2006-01-02 15:04", "2023-07-04 12:00", ny)
	fmt.Println(p, err, p.Location())

	// FixedZone.
	f := time.FixedZone("", -(9*3600 + 30*60))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, f), f, time.FixedZone("Odd", 3661))
	fz, fo := time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("Odd", 3661)).Zone()
	fmt.Println(fz, fo)
	s, e := time.Date(2000, 1, 1, 0, 0, 0, 0, f).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	s, e = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())

	// LoadLocationFromTZData rejects bad data.
	_, err = time.LoadLocationFromTZData("x", []byte("TZif"))
	fmt.Println(err)
	_, err = time.LoadLocationFromTZData("x", []byte("hello"))
	fmt.Println(err)
}
