// Fan-in of 8 producers through a select loop: 1,000,000 values in all.
package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- 1
	}
	close(out)
}

func main() {
	var chans [8]chan int
	for i := range chans {
		chans[i] = make(chan int, 16)
		go produce(125000, chans[i])
	}
	sum, open := 0, 8
	for open > 0 {
		select {
		case v, ok := <-chans[0]:
			if !ok { chans[0] = nil; open--; continue }
			sum += v
		case v, ok := <-chans[1]:
			if !ok { chans[1] = nil; open--; continue }
			sum += v
		case v, ok := <-chans[2]:
			if !ok { chans[2] = nil; open--; continue }
			sum += v
		case v, ok := <-chans[3]:
			if !ok { chans[3] = nil; open--; continue }
			sum += v
		case v, ok := <-chans[4]:
			if !ok { chans[4] = nil; open--; continue }
			sum += v
		case v, ok := <-chans[5]:
			if !ok { chans[5] = nil; open--; continue }
			sum += v
		case v, ok := <-chans[6]:
			if !ok { chans[6] = nil; open--; continue }
			sum += v
		case v, ok := <-chans[7]:
			if !ok { chans[7] = nil; open--; continue }
			sum += v
		}
	}
	fmt.Println(sum)
}
