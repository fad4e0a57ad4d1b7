package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	for i := 0; i < 3; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b)
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1]), string(rs[7:9]))
	fmt.Printf("%s %q %v %d\n", "x", "y\n", "z", 'a')
	fmt.Printf("%c %c %U\n", 'G', 0x4e16, 0x4e16)
	fmt.Printf("%5.1f|%-8v|%+d\n", 3.14159, "ab", 5)
	x := ""
	for i := 0; i < 5; i++ {
		x += string(rune('a' + i))
	}
	fmt.Println(x)
	fmt.Println("a" < "b", "abc" < "abd", "z" > "aa", "" < "a")
}
