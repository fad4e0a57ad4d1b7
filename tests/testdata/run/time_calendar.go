package main

import (
	"fmt"
	"time"
)

func main() {
	// Date normalises out-of-range fields.
	fmt.Println(time.Date(2021, 10, 32, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2021, 13, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2021, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2021, -13, 1, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2021, 3, 1, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(2020, 2, 30, 0, 0, 0, 0, time.UTC))

	// AddDate normalises as Date does.
	base := time.Date(2021, time.January, 31, 10, 30, 0, 0, time.UTC)
	for _, d := range [][3]int{{0, 1, 0}, {0, 2, 0}, {1, 1, 0}, {0, 0, 365}, {-1, 0, 0}, {0, -11, -31}, {4, 1, -2}, {-2021, 0, 0}, {-2022, 0, 0}} {
		fmt.Println(d, base.AddDate(d[0], d[1], d[2]))
	}
	leap := time.Date(2020, time.February, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(4, 0, 0), leap.AddDate(0, 12, 0), leap.AddDate(-100, 0, 0))

	// Calendar fields across years, including leap years, year 0 and negative years.
	for _, y := range []int{-401, -400, -101, -100, -5, -4, -1, 0, 1, 4, 100, 400, 1582, 1900, 1969, 1970, 2000, 2004, 2020, 2021, 2024, 2100, 9999, 10000, 292277026596} {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {3, 1}, {12, 28}, {12, 31}} {
			t := time.Date(y, time.Month(md[0]), md[1], 12, 0, 0, 0, time.UTC)
			yy, mm, dd := t.Date()
			iy, iw := t.ISOWeek()
			fmt.Println(y, md, "|", yy, mm, dd, t.Year(), t.Month(), t.Day(), t.YearDay(), t.Weekday(), iy, iw, t.Unix())
		}
	}
	for d := 0; d < 14; d++ {
		t := time.Date(2020, time.December, 25+d, 0, 0, 0, 0, time.UTC)
		y, w := t.ISOWeek()
		fmt.Println(t.Format("Mon 2006-01-02"), y, w)
	}

	// Clock and its parts.
	c := time.Date(2022, 5, 6, 7, 8, 9, 10, time.FixedZone("X", -3600))
	h, m, s := c.Clock()
	fmt.Println(h, m, s, c.Hour(), c.Minute(), c.Second(), c.Nanosecond(), c.UTC().Hour())

	// Unix round trips.
	for _, sec := range []int64{0, 1, -1, 1e9, -1e9, 1<<31 - 1, 1 << 31, 253402300799, -62135596800, -62135596801} {
		t := time.Unix(sec, 0).UTC()
		fmt.Println(sec, t, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), time.Unix(t.Unix(), 0).Equal(t))
	}
	fmt.Println(time.Unix(0, -1).UTC(), time.Unix(1, -1e9-1).UTC(), time.Unix(0, 3e9+7).UTC(), time.Unix(-5, 1e10).UTC())
	fmt.Println(time.UnixMilli(-1500).UTC(), time.UnixMicro(1234567890123456).UTC(), time.UnixMilli(1e12).UnixMilli())
	n := time.Date(2262, 4, 11, 23, 47, 16, 854775807, time.UTC)
	fmt.Println(n.UnixNano(), time.Unix(0, n.UnixNano()).UTC())

	// Zero time.
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Year(), z.Weekday(), z.Location(), time.Unix(0, 0).IsZero(), z.UTC().IsZero())

	// Comparisons ignore the location.
	a := time.Date(2022, 1, 1, 12, 0, 0, 0, time.UTC)
	b := time.Date(2022, 1, 1, 7, 0, 0, 0, time.FixedZone("EST", -5*3600))
	fmt.Println(a.Equal(b), a == b, a.Before(b), a.After(b), a.Add(1).After(b), b.Before(a.Add(1)))

	// Add and Sub.
	fmt.Println(a.Add(36*time.Hour+1), a.Add(-time.Nanosecond), a.Sub(b), a.Sub(z), z.Sub(a))
	far := time.Date(5000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(a), a.Sub(far), far.Add(1<<63-1), z.Add(-1<<63))

	// Truncate and Round of times.
	t := time.Date(2022, 3, 4, 5, 6, 7, 890123456, time.UTC)
	for _, d := range []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, 250 * time.Millisecond, time.Second, 7 * time.Second,
		time.Minute, 15 * time.Minute, time.Hour, 7 * time.Hour, 24 * time.Hour, 48 * time.Hour, 7 * 24 * time.Hour, 1234567891, 1 << 62} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	neg := time.Date(-3, 3, 4, 5, 6, 7, 500000000, time.UTC)
	fmt.Println(neg.Truncate(time.Second), neg.Round(time.Second), neg.Round(time.Hour), neg.Truncate(24*time.Hour), neg.Round(3*time.Second+1))
	fmt.Println(z.Round(time.Hour), z.Add(-time.Nanosecond).Round(time.Second), z.Add(-time.Nanosecond).Truncate(time.Second))

	// Times in other locations keep the instant.
	x := time.Date(2022, 6, 1, 0, 0, 0, 0, time.FixedZone("A", 3600))
	fmt.Println(x, x.UTC(), x.In(time.FixedZone("B", -7200)), x.Location(), x.UTC().Location())
	defer func() { fmt.Println("recovered:", recover()) }()
	x.In(nil)
}
