package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func show(ps []person) {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(fmt.Sprint(p.name, ":", p.age, " "))
	}
	fmt.Println(b.String())
}

func main() {
	xs := []int{5, 2, 8, -1, 0, 9, 3, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 3), sort.SearchInts(xs, 100))
	ss := []string{"pear", "apple", "fig", "Banana", ""}
	sort.Strings(ss)
	fmt.Printf("%q %v\n", ss, sort.SearchStrings(ss, "fig"))
	fs := []float64{2.5, -1, 0, 3.25, -0.5}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	// unstable sort with many equal keys: the order of equals is observable
	var people []person
	for i := 0; i < 100; i++ {
		people = append(people, person{fmt.Sprint("p", i), (i * 7919) % 10})
	}
	sort.Sort(byAge(people))
	var b strings.Builder
	for _, p := range people {
		b.WriteString(p.name + " ")
	}
	fmt.Println(b.String())
	people2 := make([]person, 0)
	for i := 0; i < 60; i++ {
		people2 = append(people2, person{fmt.Sprint("q", i), (i * 31) % 7})
	}
	sort.Slice(people2, func(i, j int) bool { return people2[i].age < people2[j].age })
	show(people2)
	people3 := make([]person, 0)
	for i := 0; i < 60; i++ {
		people3 = append(people3, person{fmt.Sprint("s", i), (i * 31) % 7})
	}
	sort.SliceStable(people3, func(i, j int) bool { return people3[i].age > people3[j].age })
	show(people3)
	sort.Stable(byAge(people))
	show(people[:10])
	ys := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	fmt.Println(ys, sort.IsSorted(sort.IntSlice(ys)))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7717) % 1009
	}
	sort.Slice(big, func(i, j int) bool { return big[i]%100 < big[j]%100 })
	fmt.Println(big[:40])
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx, sort.SliceIsSorted(big, func(i, j int) bool { return big[i]%100 < big[j]%100 }))
	sl := sort.StringSlice{"c", "a", "b"}
	sl.Sort()
	fmt.Println([]string(sl), sl.Search("b"))
	desc := make([]int, 200)
	for i := range desc {
		desc[i] = 200 - i
	}
	sort.Sort(sort.IntSlice(desc))
	fmt.Println(desc[:5], desc[195:])
}
