// math/rand: seeded and unseeded sequences of every method, as Go 1.19 gives them.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

// countSource is a Source without Uint64, so Rand.Uint64 joins two Int63 values.
type countSource struct{ n int64 }

func (s *countSource) Int63() int64    { s.n += 0x123456789ABCD; return s.n & (1<<63 - 1) }
func (s *countSource) Seed(seed int64) { s.n = seed }

func catch(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover()) }()
	f()
}

func main() {
	// The global source, never seeded: Go's seed-1 numbers.
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Int63n(1e15), rand.Int31n(1000), rand.Float64(), rand.Float32(), rand.Perm(8))
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	buf := make([]byte, 10)
	n, err := rand.Read(buf)
	fmt.Println(n, err, buf)

	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, math.MaxInt64, math.MinInt64, 2147483647, 89482311} {
		r := rand.New(rand.NewSource(seed))
		fmt.Printf("seed %d: %d %d %d %d %d\n", seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
		fmt.Println("  n:", r.Int63n(1000003), r.Int63n(1<<40), r.Int63n(math.MaxInt64), r.Int31n(7), r.Int31n(1<<20), r.Int31n(math.MaxInt32), r.Intn(10), r.Intn(1<<33), r.Intn(1))
		fmt.Printf("  f: %v %b %v %b\n", r.Float64(), r.Float64(), r.Float32(), r.Float32())
		fmt.Println("  perm:", r.Perm(0), r.Perm(1), r.Perm(10))
		s := []string{"a", "b", "c", "d", "e", "f", "g"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println("  shuffle:", s)
		fmt.Printf("  norm: %v %v %v exp: %v %v %v\n", r.NormFloat64(), r.NormFloat64(), r.NormFloat64(), r.ExpFloat64(), r.ExpFloat64(), r.ExpFloat64())
	}

	// Many variates, summarised, reach the ziggurats' slow paths (tails and wedges).
	r := rand.New(rand.NewSource(2022))
	var sn, se, sq float64
	minN, maxN, maxE := 0.0, 0.0, 0.0
	for i := 0; i < 200000; i++ {
		x := r.NormFloat64()
		sn += x
		sq += x * x
		minN = math.Min(minN, x)
		maxN = math.Max(maxN, x)
		e := r.ExpFloat64()
		se += e
		maxE = math.Max(maxE, e)
	}
	fmt.Println("norm sum", sn, "sq", sq, "min", minN, "max", maxN)
	fmt.Println("exp sum", se, "max", maxE)

	// Read keeps leftover bytes between calls; Seed drops them.
	r = rand.New(rand.NewSource(5))
	a, b := make([]byte, 3), make([]byte, 12)
	r.Read(a)
	r.Read(b)
	fmt.Println(a, b)
	r.Seed(5)
	r.Read(b)
	fmt.Println(b)
	r.Seed(5)
	fmt.Println(r.Int63())

	// A Source without Uint64.
	cs := rand.New(&countSource{})
	fmt.Println(cs.Uint64(), cs.Uint64(), cs.Int(), cs.Intn(1000), cs.Float64())
	cs.Seed(99)
	fmt.Println(cs.Int63(), cs.Perm(5))

	// Reseeding the global source.
	rand.Seed(7)
	fmt.Println(rand.Int(), rand.Intn(1000), rand.Float64())
	rand.Seed(7)
	fmt.Println(rand.Int(), rand.Intn(1000), rand.Float64())
	words := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words, rand.Perm(12))

	// Histogram of Intn: a cheap check on the distribution.
	hist := make([]int, 6)
	for i := 0; i < 60000; i++ {
		hist[r.Intn(6)]++
	}
	fmt.Println(hist)

	// Zipf
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 1000)
	var zs []uint64
	for i := 0; i < 20; i++ {
		zs = append(zs, z.Uint64())
	}
	fmt.Println(zs, rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)

	catch("Intn(0)", func() { rand.Intn(0) })
	catch("Intn(-1)", func() { r.Intn(-1) })
	catch("Int63n(0)", func() { rand.Int63n(0) })
	catch("Int31n(-5)", func() { rand.Int31n(-5) })
	catch("Shuffle(-1)", func() { rand.Shuffle(-1, func(i, j int) {}) })
	catch("nil Zipf", func() { var z *rand.Zipf; z.Uint64() })
	rand.Intn(0)
}
