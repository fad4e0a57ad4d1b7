// The standard packages slices, maps and cmp (Go 1.21's, shipped by gojc as an extension of
// go1.19). Go 1.19 has none of them: slices_maps_cmp.out was produced by go 1.19 running this
// program with gojc's own sources of the three packages added to GOROOT through -overlay, and
// checked by hand against Go 1.21's documented behaviour.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

type Celsius float64

type Names []string

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 4)
	fmt.Println(i, found)
	fmt.Println(slices.Contains(xs, 3), slices.Index(xs, 9), slices.Index(xs, 42))
	fmt.Println(slices.Min(xs), slices.Max(xs))
	ys := slices.Clone(xs)
	ys[0] = 100
	fmt.Println(xs, ys, slices.Equal(xs, ys))
	ys = slices.Insert(ys, 2, 7, 7)
	fmt.Println(ys)
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	slices.Reverse(ys)
	fmt.Println(ys)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{}, []int{}))
	names := Names{"carol", "alice", "bob"}
	slices.Sort(names)
	fmt.Println([]string(names), len(names))
	temps := []Celsius{21.5, -3, 12}
	slices.Sort(temps)
	fmt.Println(len(temps), float64(temps[0]), float64(slices.Max(temps)))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	for _, p := range people {
		fmt.Print(p.Name, " ")
	}
	fmt.Println()
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(b.Name, a.Name) })
	fmt.Println(people[0].Name, people[3].Name)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.Age > 26 })
	fmt.Println(idx, slices.ContainsFunc(people, func(p Person) bool { return p.Name == "Bob" }))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	slices.Sort(big)
	fmt.Println(slices.IsSorted(big), big[0], big[500], big[999])
	ws := slices.DeleteFunc([]string{"a", "bb", "c", "dd"}, func(s string) bool { return len(s) == 2 })
	fmt.Println(ws)
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9, 9, 9))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5), cmp.Compare(3, 3))

	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	fmt.Println(maps.Equal(m, m2))
	m2["c"] = 3
	fmt.Println(maps.Equal(m, m2), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(len(m2), m2["b"])
	maps.Copy(m2, map[string]int{"z": 26})
	fmt.Println(len(m2), m2["b"], m2["z"])
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(slices.Max([]int{}))
}
