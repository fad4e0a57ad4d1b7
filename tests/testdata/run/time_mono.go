package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	s := start.String()
	i := strings.Index(s, " m=+")
	fmt.Println("has monotonic:", i > 0, len(s[i:]) >= len(" m=+0.000000000"))
	r := start.Round(0)
	fmt.Println("Round(0) strips it:", !strings.Contains(r.String(), "m="), r.Equal(start), r == start)
	fmt.Println("Truncate(0) strips it:", !strings.Contains(start.Truncate(0).String(), "m="))
	fmt.Println("UTC strips it:", !strings.Contains(start.UTC().String(), "m="))
	fmt.Println("Add keeps it:", strings.Contains(start.Add(time.Hour).String(), "m="))
	fmt.Println("AddDate strips it:", !strings.Contains(start.AddDate(0, 0, 1).String(), "m="))
	fmt.Println("In strips it:", !strings.Contains(start.In(time.UTC).String(), "m="))
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("Since:", el >= 20*time.Millisecond, el < 10*time.Second)
	later := time.Now()
	fmt.Println("Sub:", later.Sub(start) >= 20*time.Millisecond, start.Sub(later) <= -20*time.Millisecond)
	fmt.Println("order:", start.Before(later), later.After(start), !start.Equal(later))
	fmt.Println("Until:", time.Until(start) < 0, time.Until(start.Add(time.Hour)) > 59*time.Minute)
	// A wall clock equal to another but without monotonic readings compares by wall clock.
	w := later.Round(0)
	fmt.Println("mixed:", later.Sub(w) == 0, w.Sub(start) > 0, later.Equal(w))
	fmt.Println("unix:", later.Unix() > 1600000000, later.UnixNano()/1e9 == later.Unix(), later.Year() >= 2022)
	fmt.Println("same instant:", time.Unix(later.Unix(), int64(later.Nanosecond())).Equal(later))
	tm := time.NewTimer(10 * time.Millisecond)
	fired := <-tm.C
	fmt.Println("timer time:", !fired.Before(later), strings.Contains(fired.String(), "m=+"))
	tk := time.NewTicker(5 * time.Millisecond)
	a, b := <-tk.C, <-tk.C
	tk.Stop()
	fmt.Println("ticks:", b.After(a))
	fmt.Println("local:", later.Location() == time.Local, later.Local().Location().String() != "", time.Local.String() != "")
	z1, _ := later.Zone()
	z2, _ := later.Local().Zone()
	fmt.Println("zone:", z1 == z2)
}
