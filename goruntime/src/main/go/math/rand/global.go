// This file implements math/rand's top-level functions. They share one Rand over a mutex-guarded
// source seeded with 1, as in Go 1.19: a program that never calls Seed sees Go's exact numbers,
// and goroutines may call them concurrently.
package rand

import "sync"

var globalRand = New(&lockedSource{src: NewSource(1).(*rngSource)})

// Seed seeds the shared source; unseeded, it behaves as if seeded with 1.
func Seed(seed int64) { globalRand.Seed(seed) }

// Int63 returns a non-negative int64 from the shared source.
func Int63() int64 { return globalRand.Int63() }

// Uint32 returns a uint32 from the shared source.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 returns a uint64 from the shared source.
func Uint64() uint64 { return globalRand.Uint64() }

// Int31 returns a non-negative int32 from the shared source.
func Int31() int32 { return globalRand.Int31() }

// Int returns a non-negative int from the shared source.
func Int() int { return globalRand.Int() }

// Int63n returns an int64 in [0, n) from the shared source; it panics if n <= 0.
func Int63n(n int64) int64 { return globalRand.Int63n(n) }

// Int31n returns an int32 in [0, n) from the shared source; it panics if n <= 0.
func Int31n(n int32) int32 { return globalRand.Int31n(n) }

// Intn returns an int in [0, n) from the shared source; it panics if n <= 0.
func Intn(n int) int { return globalRand.Intn(n) }

// Float64 returns a float64 in [0.0, 1.0) from the shared source.
func Float64() float64 { return globalRand.Float64() }

// Float32 returns a float32 in [0.0, 1.0) from the shared source.
func Float32() float32 { return globalRand.Float32() }

// Perm returns a random permutation of [0, n) from the shared source.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle permutes n elements through swap, from the shared source.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// Read fills p with random bytes from the shared source.
func Read(p []byte) (n int, err error) { return globalRand.Read(p) }

// NormFloat64 returns a standard normal variate from the shared source.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponential variate of rate 1 from the shared source.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }

// lockedSource guards the shared rngSource; seeding and Read's leftover bytes change under the
// same lock so that a concurrent Read never sees half a reseed.
type lockedSource struct {
	lk  sync.Mutex
	src *rngSource
}

func (r *lockedSource) Int63() (n int64) {
	r.lk.Lock()
	n = r.src.Int63()
	r.lk.Unlock()
	return
}

func (r *lockedSource) Uint64() (n uint64) {
	r.lk.Lock()
	n = r.src.Uint64()
	r.lk.Unlock()
	return
}

func (r *lockedSource) Seed(seed int64) {
	r.lk.Lock()
	r.src.Seed(seed)
	r.lk.Unlock()
}

func (r *lockedSource) seedPos(seed int64, readPos *int8) {
	r.lk.Lock()
	r.src.Seed(seed)
	*readPos = 0
	r.lk.Unlock()
}

func (r *lockedSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	r.lk.Lock()
	n, err = read(p, r.src, readVal, readPos)
	r.lk.Unlock()
	return
}
