// strconv.Atoi on the short fast path and past it (signs, bad digits, overflow at 19+ characters)
// and FormatInt/Itoa in base 10 and others at the int64 limits.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+0", "7", "-7", "+12", "", "-", "+", "1a", " 1", "12345678901234567",
		"123456789012345678", "-12345678901234567", "1234567890123456789", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0x10", "1_000", "١"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, i := range []int64{0, 1, -1, 99, 100, -100, math.MaxInt64, math.MinInt64, 1234567890} {
		fmt.Println(strconv.FormatInt(i, 10), strconv.Itoa(int(i)), strconv.FormatInt(i, 16), strconv.FormatInt(i, 2), strconv.FormatInt(i, 36))
	}
}
