package main

import (
	"fmt"
	"time"
)

type tc struct{ layout, value string }

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	cases := []tc{
		{"2006-01-02", "x"},
		{"2006-01-02", "2022-13-01"},
		{"2006-01-02", "2022-02-30"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2022-01-02 extra"},
		{"2006-01-02 15:04:05", "2022-01-02 25:00:00"},
		{"2006-01-02 15:04:05", "2022-01-02 23:60:00"},
		{"2006-01-02 15:04:05", "2022-01-02 23:59:60"},
		{"2006-01-02 15:04:05", "2022-01-02 23:59:59.123456789"},
		{"2006-01-02 15:04:05", "2022-01-02 23:59:59,5"},
		{"2006-01-02 15:04:05.000", "2022-01-02 23:59:59.12"},
		{"2006-01-02 15:04:05.000", "2022-01-02 23:59:59.123"},
		{"2006-01-02 15:04:05.999", "2022-01-02 23:59:59"},
		{"2006-01-02 15:04:05.999", "2022-01-02 23:59:59.1234567891234"},
		{time.RFC3339, "2022-03-04T05:06:07Z"},
		{time.RFC3339, "2022-03-04T05:06:07+05:30"},
		{time.RFC3339, "2022-03-04T05:06:07-04:00"},
		{time.RFC3339, "2022-03-04T05:06:07"},
		{time.RFC3339, "2022-03-04 05:06:07Z"},
		{time.RFC3339Nano, "2022-03-04T05:06:07.000000001Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 +03"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 CEST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 Foo"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 PST"},
		{time.RFC850, "Funday, 02-Jan-06 15:04:05 PST"},
		{time.RFC822, "02 Jan 70 15:04 UTC"},
		{time.RFC822Z, "02 Jan 68 15:04 +0100"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.ANSIC, "mon jan  2 15:04:05 2006"},
		{time.UnixDate, "Sat Mar  7 11:06:39 PST 2015"},
		{time.RubyDate, "Sat Mar 07 11:06:39 -0800 2015"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:00PM"},
		{time.Kitchen, "13:00PM"},
		{time.Kitchen, "3:04XM"},
		{"3:04pm", "11:59pm"},
		{time.Stamp, "Feb  3 04:05:06"},
		{time.StampMicro, "Feb  3 04:05:06.123456"},
		{"2006 002", "2020 060"},
		{"2006 002", "2021 060"},
		{"2006 __2", "2020  60"},
		{"2006 002", "2021 366"},
		{"2006-01 002", "2020-03 060"},
		{"2006-01-02 002", "2020-02-28 060"},
		{"Jan _2 2006", "Feb  4 2010"},
		{"January 2, 2006", "September 31, 2010"},
		{"January 2, 2006", "Septembre 3, 2010"},
		{"06", "1"},
		{"2006", "12"},
		{"2006", "-123"},
		{"Z07:00", "+0530"},
		{"-07:00:00", "+05:30:15"},
		{"-070000", "-053015"},
		{"Z07", "+05"},
		{"Z0700", "Z"},
		{"MST", "ChST"},
		{"MST", "WITA"},
		{"MST", "AB"},
		{"02 Jan 06 15:04 MST", "02 Jan 06 15:04 GMT-5"},
		{"", ""},
		{"", "x"},
		{"x  y", "x     y"},
		{"x y", "xy"},
		{"15:04:05 .000", "10:00:00 .5"},
		{"2006-01-02", "2006-01-\x80\xff"},
		{"\"2006\"", "\"\t2006\""},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Printf("Parse(%q, %q): error %v\n", c.layout, c.value, err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		name, off := t.Zone()
		fmt.Printf("Parse(%q, %q) = %v [%s %d %v]\n", c.layout, c.value, t, name, off, t.Location())
		t2, err := time.ParseInLocation(c.layout, c.value, ny)
		fmt.Printf("  in NY: %v %v\n", t2, err)
	}

	// Round trips through every standard layout.
	when := []time.Time{
		time.Date(2015, 3, 7, 11, 6, 39, 123456789, time.UTC),
		time.Date(2021, 7, 1, 8, 0, 0, 0, ny),
		time.Date(2021, 12, 1, 20, 30, 15, 0, ny),
	}
	for _, l := range []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.StampNano} {
		for _, w := range when {
			s := w.Format(l)
			p, err := time.Parse(l, s)
			q, err2 := time.ParseInLocation(l, s, ny)
			fmt.Printf("%-40q %v %v | %v %v | %v %v\n", s, p, err, q, err2, p.Equal(w), q.Equal(w))
		}
	}
}
