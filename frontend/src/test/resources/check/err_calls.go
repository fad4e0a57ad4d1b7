package main

func f(a int, b string) int { return 0 }

func two() (int, int) { return 1, 2 }

func main() {
	f(1) // ERROR "not enough arguments in call to f\n\thave \(number\)\n\twant \(int, string\)"
	f(1, "a", 3) // ERROR "too many arguments in call to f\n\thave \(number, string, number\)\n\twant \(int, string\)"
	f("a", 1) // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to f" "cannot use 1 \(untyped int constant\) as string value in argument to f"
	var s []int
	s.x = 1 // ERROR "s.x undefined \(type \[\]int has no field or method x\)"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	var m map[string]int
	m[1] = 2 // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	if 1 { // ERROR "non-boolean condition in if statement"
	}
	_ = two() + 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
}
