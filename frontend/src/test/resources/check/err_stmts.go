package main

func main() {
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	x, y := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_ = x + y
	return 1 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func g() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func k() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	_ = a
L: // ERROR "label L defined and not used"
	for {
		break
	}
	continue // ERROR "continue is not in a loop"
}
