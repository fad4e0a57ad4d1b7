package main

import "fmt"

var pkgZ complex128
var pkgArr [2]complex64
var pkgMap = map[string]complex64{}

type T struct {
	c complex128
	p *complex64
}

func main() {
	var z complex64
	inc := func() { z += 1i }
	inc()
	inc()
	fmt.Println(pkgZ, pkgArr, pkgMap["x"], z)
	pz := &z
	*pz *= 2
	fmt.Println(z, *pz)
	t := T{p: &z}
	*t.p = 5
	fmt.Println(t.c, *t.p, z)
	var s []complex128
	s = append(s, 1, 2)
	s2 := make([]complex128, 1)
	copy(s2, s)
	fmt.Println(s, s2, s2[0] == s[0])
	var e error
	_ = e
	fmt.Printf("%v %.1f %5.1g\n", pkgZ, complex64(z), 1234.5+0.25i)
}
