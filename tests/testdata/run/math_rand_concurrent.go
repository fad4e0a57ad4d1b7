// math/rand's top-level functions are safe for concurrent use: goroutines drawing from the shared
// source together take exactly the values one goroutine would, in some order.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"sync"
)

func main() {
	const workers, each = 8, 5000
	var mu sync.Mutex
	var got []int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := make([]int64, 0, each)
			for i := 0; i < each; i++ {
				mine = append(mine, rand.Int63())
			}
			mu.Lock()
			got = append(got, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()

	want := make([]int64, 0, workers*each)
	r := rand.New(rand.NewSource(1))
	for i := 0; i < workers*each; i++ {
		want = append(want, r.Int63())
	}
	less := func(s []int64) func(i, j int) bool { return func(i, j int) bool { return s[i] < s[j] } }
	sort.Slice(got, less(got))
	sort.Slice(want, less(want))
	same := len(got) == len(want)
	for i := range got {
		if got[i] != want[i] {
			same = false
		}
	}
	fmt.Println(len(got), same, want[0], want[len(want)-1])

	// Concurrent Seed, Read and Intn do not corrupt the source: afterwards it still follows Go.
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			buf := make([]byte, 13)
			for i := 0; i < 1000; i++ {
				rand.Read(buf)
				rand.Intn(10 + w)
				if i%100 == 0 {
					rand.Seed(int64(i))
				}
			}
		}(w)
	}
	wg.Wait()
	rand.Seed(123)
	fmt.Println(rand.Int63(), rand.Intn(50), rand.Perm(6))
}
