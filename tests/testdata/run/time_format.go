package main

import (
	"fmt"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
	"2006-01-02 15:04:05.000", "2006-01-02 15:04:05.999", "15:04:05,000", "15:04:05,999999",
	".0 .00 .000000000 .9 .99 .999999999 ,9", "_2 __2 002 2 02", "Jan January Mon Monday",
	"3 03 15 4 04 5 05 PM pm", "Z07 Z0700 Z07:00 Z070000 Z07:00:00", "-07 -0700 -07:00 -070000 -07:00:00",
	"MST", "06 2006 _2006", "1 01 Jan January", "Janet Monkey Mondays", "2006-01-02T15:04:05.0000000000Z07:00",
	"no elements here", "", "05.999 after seconds", "1.000 1.999", "000 999", "2006.01", "Tue Z", "Z07:0",
}

func show(t time.Time) {
	fmt.Println("==", t.String())
	for _, l := range layouts {
		fmt.Printf("%q => %q\n", l, t.Format(l))
	}
	fmt.Printf("%s | %v | %d\n", t, t, t.Nanosecond())
	b := t.AppendFormat([]byte("prefix:"), time.RFC3339)
	fmt.Println(string(b))
}

func main() {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	kolkata, _ := time.LoadLocation("Asia/Kolkata")
	times := []time.Time{
		time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.FixedZone("MST", -7*3600)),
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2023, time.July, 4, 0, 5, 9, 500000000, ny),
		time.Date(2023, time.December, 25, 12, 30, 0, 1000, ny),
		time.Date(2020, time.February, 29, 9, 8, 7, 6, kolkata),
		time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(0, time.March, 1, 1, 2, 3, 4, time.UTC),
		time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC),
		time.Date(12345, time.October, 9, 8, 7, 6, 50, time.UTC),
		time.Date(1999, time.December, 31, 23, 59, 59, 999999999, time.FixedZone("", 5*3600+30*60+15)),
		time.Date(1970, time.January, 1, 0, 0, 0, 0, time.FixedZone("", -(3*3600 + 30*60))),
		time.Date(2001, time.May, 6, 7, 8, 9, 10, time.FixedZone("ODD", -45)),
		time.Date(1969, time.December, 31, 23, 59, 59, 0, time.UTC),
		{},
	}
	for _, t := range times {
		show(t)
	}
	type event struct {
		Name string
		At   time.Time
	}
	e := event{"launch", times[1]}
	fmt.Println(e)
	fmt.Printf("%v %+v\n", e, e)
	fmt.Printf("%#v\n", times[1])
	fmt.Printf("%#v\n", times[2])
	fmt.Println([]time.Time{times[1], times[5]})
	fmt.Println(ny, time.UTC, kolkata.String(), times[0].Location())
	fmt.Println(time.March, time.Saturday, time.Month(13), time.Weekday(-1))
	fmt.Printf("%d %v %s %d\n", time.March, time.March, time.Friday, time.Friday)
	m, _ := times[2].MarshalText()
	fmt.Println(string(m))
	j, _ := times[3].MarshalJSON()
	fmt.Println(string(j))
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
	var u time.Time
	fmt.Println(u.UnmarshalText([]byte("2021-05-06T07:08:09.5+02:00")), u)
	fmt.Println(u.UnmarshalJSON([]byte(`"2021-05-06T07:08:09Z"`)), u)
}
