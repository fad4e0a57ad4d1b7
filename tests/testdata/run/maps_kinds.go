// Maps of every key kind: integer keys of each width and signedness, strings, floats (NaN,
// +0/-0), bools, structs, arrays, interfaces, pointers and channels; comma-ok, zero values,
// numeric and boxed values, nil maps.
package main

import (
	"fmt"
	"math"
	"sort"
)

type ID int
type Name string
type Count uint16
type pt struct {
	X, Y int
	S    string
}

func main() {
	i8 := map[int8]int8{}
	for i := -128; i < 128; i++ {
		i8[int8(i)] = int8(-i)
	}
	fmt.Println(len(i8), i8[-128], i8[127], i8[-1])

	u8 := map[uint8]bool{}
	for i := 0; i < 300; i++ {
		u8[uint8(i)] = i%2 == 0
	}
	n := 0
	for k, v := range u8 {
		if v != (k%2 == 0) {
			fmt.Println("bad u8", k, v)
		}
		n++
	}
	fmt.Println("u8", len(u8), n)

	u32 := map[uint32]uint32{math.MaxUint32: 1, 1 << 31: 2, 0: 3}
	u32[math.MaxUint32] += 10
	fmt.Println(u32, u32[math.MaxUint32-1])
	var keys32 []uint32
	for k := range u32 {
		keys32 = append(keys32, k)
	}
	sort.Slice(keys32, func(i, j int) bool { return keys32[i] < keys32[j] })
	fmt.Println(keys32)

	u64 := map[uint64]int64{math.MaxUint64: math.MinInt64, 1 << 63: -1}
	fmt.Println(u64, u64[math.MaxUint64])
	i64 := map[int64]uint64{math.MinInt64: math.MaxUint64, -1: 7}
	v, ok := i64[math.MinInt64]
	fmt.Println(i64, v, ok)
	up := map[uintptr]int{1: 1}
	fmt.Println(up)

	ids := map[ID]Name{3: "three", 1: "one"}
	ids[2] = "two"
	nm, ok := ids[2]
	fmt.Println(ids, nm, ok, len(ids))
	for k, v := range ids {
		if k == 1 {
			fmt.Printf("%T %T %v %v\n", k, v, k, v)
		}
	}

	names := map[Name]Count{"a": 1}
	names["a"]++
	names["b"] += 65535
	names["b"]++
	fmt.Println(names, names["zz"])
	c, ok := names["b"]
	fmt.Println(c, ok)
	for k, v := range names {
		if k == "a" {
			fmt.Printf("%T %T %v %v\n", k, v, k, v)
		}
	}

	s := map[string][]int{}
	s["x"] = append(s["x"], 1, 2)
	s["y"] = nil
	sv, ok := s["y"]
	fmt.Println(s, sv == nil, ok, len(s))

	f := map[float64]string{}
	nan := math.NaN()
	f[nan] = "a"
	f[nan] = "a"
	f[1.5] = "x"
	f[0] = "zero"
	f[math.Copysign(0, -1)] = "negzero"
	_, ok = f[nan]
	delete(f, nan)
	fmt.Println(len(f), ok, f[0], f)
	nans := 0
	for k, v := range f {
		if k != k {
			nans++
			if v != "a" {
				fmt.Println("bad nan value", v)
			}
		}
	}
	fmt.Println("nans", nans)
	f32 := map[float32]int{float32(math.Inf(-1)): 1, 2.5: 2}
	fmt.Println(f32)

	b := map[bool]int{true: 1}
	b[false]--
	fmt.Println(b)

	ps := map[pt]int{{1, 2, "a"}: 1}
	ps[pt{1, 2, "a"}]++
	ps[pt{2, 1, "a"}] = 5
	fmt.Println(len(ps), ps[pt{1, 2, "a"}], ps[pt{0, 0, ""}])
	type fp struct{ F float64 }
	fps := map[fp]int{}
	fps[fp{nan}] = 1
	fps[fp{nan}] = 2
	fps[fp{1}] = 3
	fmt.Println(len(fps), fps[fp{nan}], fps[fp{1}])

	arr := map[[3]int]string{{1, 2, 3}: "a"}
	key := [3]int{1, 2, 3}
	arr[key] += "b"
	key[0] = 9
	arr[key] = "c"
	fmt.Println(arr)
	sa := map[[2]string]int{{"a", "b"}: 1}
	fmt.Println(sa[[2]string{"a", "b"}], sa[[2]string{"a", ""}])

	var any0 interface{}
	ifc := map[interface{}]int{1: 1, int64(1): 2, "1": 3, 1.0: 4, ID(1): 5, pt{1, 1, "a"}: 6, [2]int{1, 1}: 7, nil: 8}
	fmt.Println(len(ifc), ifc[1], ifc[int64(1)], ifc["1"], ifc[1.0], ifc[ID(1)], ifc[pt{1, 1, "a"}], ifc[[2]int{1, 1}], ifc[any0], ifc[int8(1)])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ifc[[]int{1}] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = ifc[map[int]int{}]
	}()
	type E interface{ M() }
	var e E
	em := map[E]int{e: 1}
	fmt.Println(em[nil], len(em))

	p1, p2 := new(int), new(int)
	pm := map[*int]int{p1: 1, p2: 2}
	pm[p1] += 10
	fmt.Println(pm[p1], pm[p2], pm[new(int)], len(pm))
	ch := make(chan int)
	cm := map[chan int]bool{ch: true}
	fmt.Println(cm[ch], cm[make(chan int)])

	nested := map[string]map[int]bool{}
	for i := 0; i < 6; i++ {
		w := fmt.Sprint("k", i%3)
		if nested[w] == nil {
			nested[w] = map[int]bool{}
		}
		nested[w][i] = true
	}
	fmt.Println(nested)

	var nilm map[string]int
	var nili map[int]string
	var nila map[pt]bool
	fmt.Println(len(nilm), nilm["a"], len(nili), nili[1] == "", nila[pt{}], nilm == nil)
	_, ok = nili[3]
	delete(nilm, "a")
	delete(nili, 1)
	delete(nila, pt{})
	for range nilm {
		fmt.Println("never")
	}
	for range nili {
		fmt.Println("never")
	}
	fmt.Println(ok)
	for _, do := range []func(){
		func() { nilm["a"] = 1 },
		func() { nili[1] = "a" },
		func() { nila[pt{}] = true },
		func() { nilm["a"]++ },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			do()
		}()
	}
	fmt.Printf("%v %d %#v %#v\n", map[ID]Count{1: 2}, map[string]int{"a": 1, "b": 2}, map[Name]int{"x": 1}, nilm)
}
