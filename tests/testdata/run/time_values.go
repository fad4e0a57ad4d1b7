package main

import (
	"fmt"
	"sort"
	"time"
)

type stamp struct {
	t time.Time
	D time.Duration
}

func main() {
	t := time.Date(2022, 2, 3, 4, 5, 6, 7, time.UTC)
	fmt.Printf("%v|%s|%q|%+v|%30v|%-12s|\n", &t, t, t, t, t.Month(), t.Weekday())
	fmt.Printf("%v %+v\n", stamp{t, time.Second}, stamp{t, 90 * time.Minute})
	fmt.Printf("%v %d %x\n", time.Duration(1500), time.Second, time.Millisecond)
	m := map[time.Time]string{t: "a", t.Add(time.Hour): "b"}
	fmt.Println(len(m), m[t], m[t.Add(time.Hour)])
	ts := []time.Time{t.Add(3), t.Add(1), t.Add(2)}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	fmt.Println(ts)
	var s fmt.Stringer = t
	fmt.Println(s.String())
	s = time.Hour
	fmt.Println(s)
	var err error
	_, err = time.Parse(time.RFC3339, "bad")
	fmt.Printf("%v | %T\n", err, err)
	fmt.Println(t.Format("2006年01月02日 15時04分 Mon→Monday"))
	p, err := time.Parse("2006年01月02日", "2022年11月05日")
	fmt.Println(p, err)
	fmt.Println(time.UTC, time.FixedZone("", 0), time.FixedZone("", 0).String() == "")
	fmt.Println(t.Equal(t.In(time.FixedZone("x", 99))), t == t.In(time.UTC), t == t.UTC().In(time.UTC))
}
