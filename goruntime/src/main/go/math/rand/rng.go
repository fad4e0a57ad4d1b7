// This file implements the default Source: Mitchell and Reeds' additive lagged-Fibonacci
// generator, y[n] = y[n-607] + y[n-273] mod 2^64, with Go 1.19's seeding, so that a seed gives the
// very sequence Go gives. Seeding fills the 607-word register from a Park-Miller sequence and
// mixes in rngCooked (tables.go), the register of a long-run generator.
package rand

const (
	rngLen   = 607
	rngTap   = 273
	rngMask  = 1<<63 - 1
	int32max = 1<<31 - 1
)

type rngSource struct {
	tap  int           // where the lag-273 term is read
	feed int           // where the lag-607 term is read and the new term written
	vec  [rngLen]int64 // the register
}

// seedrand steps the Park-Miller generator x ← 48271·x mod (2^31-1), by Schrage's method so
// that nothing overflows 32 bits.
func seedrand(x int32) int32 {
	const (
		mul = 48271
		quo = 44488 // (2^31-1) / mul
		rem = 3399  // (2^31-1) % mul
	)
	x = mul*(x%quo) - rem*(x/quo)
	if x < 0 {
		x += int32max
	}
	return x
}

func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap

	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	// The first 20 draws are discarded; then each word takes three draws.
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i < 0 {
			continue
		}
		u := int64(x) << 40
		x = seedrand(x)
		u ^= int64(x) << 20
		x = seedrand(x)
		u ^= int64(x)
		rng.vec[i] = u ^ rngCooked[i]
	}
}

func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}
