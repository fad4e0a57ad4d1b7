package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, 999999999, time.Second,
		time.Second + 1, 61 * time.Second, time.Hour, 90 * time.Minute, 100*time.Hour + 500*time.Millisecond,
		-1, -1500, -time.Hour - time.Nanosecond, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
		fmt.Printf("  %v %s %d %q\n", d, d, d, d.String())
		for _, m := range []time.Duration{0, -5, 1, 7, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, time.Hour} {
			fmt.Print(" ", d.Round(m), "/", d.Truncate(m))
		}
		fmt.Println()
	}
	inputs := []string{"0", "+0", "-0", "", "5s", "1.5h", "-2h45m", "+3m", "1h2m3s4ms5us6ns", "1µs", "1μs", "2us", ".5s", "5.s", "1.",
		".", "s", "1", "1x", "1hh", "3000000h", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "-2562047h47m16.854775808s",
		"-2562047h47m16.854775809s", "9223372036854775807ns", "9223372036854775808ns", "0.000000001s", "0.0000000001s",
		"1.00000000000000000000000000000001s", "100000000000000000000s", "1e3s", " 1s", "1s ", "1h-1m", "\x80s", "0.5µs"}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		fmt.Printf("%q: %v %d %v\n", in, d, d, err)
	}
	var total time.Duration
	for i := 0; i < 5; i++ {
		total += 333 * time.Millisecond
	}
	fmt.Println(total, total/3, total*2, time.Duration(1.5*float64(time.Second)))
	fmt.Printf("%v %T %5.2f\n", []time.Duration{time.Second, time.Millisecond}, total, total.Seconds())
}
