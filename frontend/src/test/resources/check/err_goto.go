package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at"
	x := 1
L:
	_ = x
	goto M // ERROR "goto M jumps into block starting at"
	{
	M:
	}
	goto N
	if x > 0 {
		goto N
	}
N:
}
