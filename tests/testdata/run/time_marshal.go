package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, t := range []time.Time{
		time.Date(2023, 7, 4, 12, 30, 45, 123456789, ny),
		time.Date(-5, 1, 2, 3, 4, 5, 6, time.UTC),
		time.Date(2001, 1, 1, 0, 0, 0, 0, time.FixedZone("Z", 3600+30)),
		time.Date(2001, 1, 1, 0, 0, 0, 0, time.FixedZone("Z", -60)),
	} {
		b, err := t.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		fmt.Println(u.UTC(), u.Equal(t), err)
		_, off := u.Zone()
		fmt.Println(off)
	}
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2}))
}
