package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

type Opt[T any] struct {
	v  T
	ok bool
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + v
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func IsT[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func As[T any](x any) T {
	return x.(T)
}

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func main() {
	fmt.Println(Describe(1), Describe("s"), Describe(Name("n")), Describe(2.5))
	fmt.Println(IsT[int](1), IsT[string](1), IsT[fmt.Stringer](Name("x")), IsT[Pair[int, string]](Pair[int, string]{}))
	fmt.Println(As[string]("ok"))
	p := Pair[int, string]{1, "one"}
	fmt.Println(p.Key, p.Val)
	var e any = Pair[string, int]{"a", 1}
	switch e.(type) {
	case Pair[int, string]:
		fmt.Println("wrong")
	case Pair[string, int]:
		fmt.Println("Pair[string,int]")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(As[int]("no"))
}
