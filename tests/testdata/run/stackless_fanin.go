// Stackless producers feeding one select loop over many channels, round after round: every value
// arrives exactly once, and lock contention between the selecting goroutine and the producers
// never stalls them (a select holding some channels' locks must never wait behind producers
// spinning for those locks).
package main

import "fmt"

func produce(id, n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- id*1000000 + i
	}
	close(out)
}

func round(size, n int) (int, int) {
	var chans [8]chan int
	for i := range chans {
		chans[i] = make(chan int, size)
		go produce(i, n, chans[i])
	}
	seen := make(map[int]bool)
	sum, open := 0, len(chans)
	for open > 0 {
		select {
		case v, ok := <-chans[0]:
			if !ok { chans[0] = nil; open--; continue }
			seen[v] = true; sum += v % 1000000
		case v, ok := <-chans[1]:
			if !ok { chans[1] = nil; open--; continue }
			seen[v] = true; sum += v % 1000000
		case v, ok := <-chans[2]:
			if !ok { chans[2] = nil; open--; continue }
			seen[v] = true; sum += v % 1000000
		case v, ok := <-chans[3]:
			if !ok { chans[3] = nil; open--; continue }
			seen[v] = true; sum += v % 1000000
		case v, ok := <-chans[4]:
			if !ok { chans[4] = nil; open--; continue }
			seen[v] = true; sum += v % 1000000
		case v, ok := <-chans[5]:
			if !ok { chans[5] = nil; open--; continue }
			seen[v] = true; sum += v % 1000000
		case v, ok := <-chans[6]:
			if !ok { chans[6] = nil; open--; continue }
			seen[v] = true; sum += v % 1000000
		case v, ok := <-chans[7]:
			if !ok { chans[7] = nil; open--; continue }
			seen[v] = true; sum += v % 1000000
		}
	}
	return len(seen), sum
}

func main() {
	for r := 0; r < 40; r++ {
		size := []int{0, 1, 16}[r%3]
		n, sum := round(size, 10000)
		if n != 80000 || sum != 8*(10000*9999/2) {
			fmt.Println("round", r, "lost or duplicated values:", n, sum)
			return
		}
	}
	fmt.Println("40 rounds, 80000 values each")
}
