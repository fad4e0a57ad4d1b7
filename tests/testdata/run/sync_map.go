// sync.Map under contention, with keys compared by Go's == on interface values.
package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type point struct{ x, y int }

func main() {
	var m sync.Map

	// many goroutines storing disjoint and shared keys
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				m.Store(1000+g*1000+i, i)
				if v, loaded := m.LoadOrStore(i, g); loaded && v.(int) < 0 {
					panic("negative")
				}
				if i%3 == 0 {
					m.Delete(1000 + g*1000 + i)
				}
			}
		}(g)
	}
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		n++
		if k.(int) >= 1000 {
			sum += v.(int)
		}
		return true
	})
	fmt.Println("entries:", n, "sum of private values:", sum)

	// counters made once per key by LoadOrStore, whoever comes first
	var counts sync.Map
	var mu sync.Mutex
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				v, _ := counts.LoadOrStore(i%10, new(int))
				mu.Lock()
				*v.(*int)++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	var keys []int
	counts.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	for _, k := range keys {
		v, _ := counts.Load(k)
		fmt.Print(k, "=", *v.(*int), " ")
	}
	fmt.Println()

	// keys of different dynamic types are different keys; equal values of one type are one key
	var k sync.Map
	k.Store(1, "int 1")
	k.Store(int64(1), "int64 1")
	k.Store(1.0, "float64 1")
	k.Store("1", "string 1")
	k.Store(point{1, 2}, "point")
	k.Store([2]int{1, 2}, "array")
	k.Store(nil, "nil key")
	k.Store(0.0, "zero")
	for _, key := range []any{1, int64(1), 1.0, "1", point{1, 2}, [2]int{1, 2}, nil, math.Copysign(0, -1), int32(1), point{2, 1}} {
		v, ok := k.Load(key)
		fmt.Printf("%T %v -> %v %v\n", key, key, v, ok)
	}
	k.Store(math.NaN(), "nan")
	k.Store(math.NaN(), "nan")
	_, ok := k.Load(math.NaN())
	nans := 0
	k.Range(func(key, v any) bool {
		if f, ok := key.(float64); ok && f != f {
			nans++
		}
		return true
	})
	fmt.Println("NaN found:", ok, "NaN keys:", nans)

	// the rest of the API
	v, loaded := k.LoadOrStore("1", "other")
	fmt.Println(v, loaded)
	v, loaded = k.LoadOrStore("2", "two")
	fmt.Println(v, loaded)
	v, loaded = k.LoadAndDelete("2")
	fmt.Println(v, loaded)
	v, loaded = k.LoadAndDelete("2")
	fmt.Println(v, loaded)
	k.Store("nilval", nil)
	v, ok = k.Load("nilval")
	fmt.Println(v, ok)
	k.Delete("nilval")
	k.Delete("never there")
	v, ok = k.Load("nilval")
	fmt.Println(v, ok)

	// Range stops when f returns false
	var r sync.Map
	for i := 0; i < 10; i++ {
		r.Store(i, i)
	}
	visited := 0
	r.Range(func(k, v any) bool {
		visited++
		return visited < 3
	})
	fmt.Println("visited:", visited)

	// deleting during Range is safe
	r.Range(func(k, v any) bool {
		r.Delete(k)
		return true
	})
	left := 0
	r.Range(func(k, v any) bool { left++; return true })
	fmt.Println("left:", left)

	// a zero Map copied inside a struct works
	type holder struct{ m sync.Map }
	h := &holder{}
	h.m.Store("x", 1)
	fmt.Println(h.m.Load("x"))

	defer func() {
		fmt.Println("recovered:", recover())
		k.Load([]int{1})
	}()
	k.Store([]int{1}, 1)
}
