package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	c.Add(3).Add(4)
	fmt.Println(c.Get())
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.n)
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	get := c.Get
	c.n = 100
	fmt.Println(get())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	fmt.Println(IntList{1, 2, 3}.Sum())
}
