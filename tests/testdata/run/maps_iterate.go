// Ranging over maps while deleting and inserting, as the spec allows: a deleted entry not yet
// reached is not produced, every other entry is produced exactly once, inserted entries may or
// may not be; large maps that grow and shrink; iteration order varies between ranges.
package main

import "fmt"

type K struct {
	A int
	B string
}

func checkInts(m map[int]int, name string) {
	seen := map[int]bool{}
	deleted := map[int]bool{}
	orig := map[int]bool{}
	for k := range m {
		orig[k] = true
	}
	for k, v := range m {
		if seen[k] {
			fmt.Println(name, "produced twice:", k)
		}
		if deleted[k] {
			fmt.Println(name, "produced after delete:", k)
		}
		if v != k*2 && orig[k] {
			fmt.Println(name, "stale value", k, v)
		}
		seen[k] = true
		// delete a key not yet seen, and insert a new one (which may grow the table)
		victim := (k*7 + 3) % 5000
		if !seen[victim] && orig[victim] {
			delete(m, victim)
			deleted[victim] = true
		}
		m[k+100000] = (k + 100000) * 2
	}
	missing := 0
	for k := range orig {
		if !seen[k] && !deleted[k] {
			missing++
		}
	}
	fmt.Println(name, "missing", missing, "deleted>0", len(deleted) > 0)
}

func main() {
	m := map[int]int{}
	for i := 0; i < 5000; i++ {
		m[i] = i * 2
	}
	checkInts(m, "ints")

	// delete everything while ranging
	for k := range m {
		delete(m, k)
	}
	fmt.Println("after delete-all", len(m))
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	fmt.Println(len(m), m[9])

	// strings: delete others during range; values updated during range are seen updated
	s := map[string]int{}
	for i := 0; i < 3000; i++ {
		s[fmt.Sprint("w", i)] = i
	}
	seen := map[string]int{}
	gone := map[string]bool{}
	for k := range s {
		seen[k]++
		if gone[k] {
			fmt.Println("deleted string produced", k)
		}
		for j := 0; j < 2; j++ {
			o := fmt.Sprint("w", (len(seen)*13+j)%3000)
			if seen[o] == 0 && !gone[o] {
				delete(s, o)
				gone[o] = true
			}
		}
		s[k+"!"] = -1
	}
	twice := 0
	for _, c := range seen {
		if c > 1 {
			twice++
		}
	}
	fmt.Println("strings twice", twice, "all accounted", countOrig(seen, gone, 3000))

	// struct keys, with value updates seen by the range
	st := map[K]int{}
	for i := 0; i < 2000; i++ {
		st[K{i, "k"}] = 0
	}
	for k := range st {
		if k.A%2 == 0 {
			st[K{k.A + 1, "k"}] = 1
		}
	}
	odd := 0
	for k, v := range st {
		if k.A%2 == 1 && v == 1 {
			odd++
		}
	}
	fmt.Println("struct updates", odd)

	// interface keys of mixed kinds, deleted during range
	im := map[interface{}]int{}
	for i := 0; i < 1000; i++ {
		im[i] = i
		im[fmt.Sprint(i)] = i
		im[float64(i)+0.5] = i
	}
	cnt := 0
	for k := range im {
		if _, ok := k.(string); ok {
			delete(im, k)
		}
		cnt++
	}
	fmt.Println("iface", cnt, len(im))

	// a large map that grows, shrinks and grows
	big := make(map[int64]int32)
	for i := int64(0); i < 300000; i++ {
		big[i*i] = int32(i)
	}
	for i := int64(0); i < 300000; i += 3 {
		delete(big, i*i)
	}
	sum := int64(0)
	for k, v := range big {
		if int64(v)*int64(v) != k {
			fmt.Println("bad", k, v)
		}
		sum += int64(v)
	}
	for i := int64(0); i < 100000; i++ {
		big[-i-1] = 1
	}
	fmt.Println("big", len(big), sum, big[299999*299999], big[-5], big[3*3])

	// the order differs between ranges (Go randomises it)
	r := map[int]bool{}
	for i := 0; i < 50; i++ {
		r[i] = true
	}
	first := order(r)
	differs := false
	for i := 0; i < 20 && !differs; i++ {
		differs = order(r) != first
	}
	fmt.Println("order varies", differs)

	// deleting during range of a map that also grows a lot
	g := map[string]bool{"a": true, "b": true, "c": true}
	n := 0
	for k := range g {
		n++
		delete(g, k)
		for j := 0; j < 100; j++ {
			g[fmt.Sprint(k, j)] = true
		}
		if n > 1000 {
			break
		}
	}
	fmt.Println("grow while ranging stopped", n <= 1001)
}

func countOrig(seen map[string]int, gone map[string]bool, n int) bool {
	for i := 0; i < n; i++ {
		k := fmt.Sprint("w", i)
		if seen[k] == 0 && !gone[k] {
			return false
		}
	}
	return true
}

func order(m map[int]bool) string {
	s := ""
	for k := range m {
		s += fmt.Sprint(k, ",")
	}
	return s
}
