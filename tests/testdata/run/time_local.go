package main

import (
	"fmt"
	"os"
	"time"
)

// Local is resolved on first use, so setting TZ first makes it deterministic.
func main() {
	os.Setenv("TZ", "America/New_York")
	t := time.Unix(1700000000, 5)
	fmt.Println(t, time.Local, t.Location(), t.Location() == time.Local)
	fmt.Println(time.Unix(1690000000, 0), time.UnixMilli(0))
	fmt.Println(time.Date(2023, 7, 1, 12, 0, 0, 0, time.Local))
	fmt.Println(time.Date(2023, 7, 1, 12, 0, 0, 0, time.UTC).Local())
	p, err := time.Parse("2006-01-02 15:04 MST", "2023-07-01 12:00 EDT")
	fmt.Println(p, err, p.Location())
	p, err = time.Parse("2006-01-02 15:04 MST", "2023-01-01 12:00 EDT")
	fmt.Println(p, err, p.Location())
	p, err = time.Parse("2006-01-02 15:04 -0700", "2023-07-01 12:00 -0400")
	fmt.Println(p, err, p.Location())
	p, err = time.Parse("2006-01-02 15:04 -0700", "2023-07-01 12:00 +0200")
	fmt.Println(p, err, p.Location())
	p, err = time.Parse("2006-01-02 15:04", "2023-07-01 12:00")
	fmt.Println(p, err, p.Location())
	fmt.Printf("%#v\n", t)
	n := time.Now()
	fmt.Println(n.Location(), n.Location() == time.Local)
	b, _ := time.Date(2023, 7, 1, 12, 0, 0, 0, time.Local).MarshalBinary()
	var u time.Time
	u.UnmarshalBinary(b)
	fmt.Println(u, u.Location() == time.Local)
}
