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

func TypeName[T any]() string {
	var z T
	return fmt.Sprintf("%T", z)
}

func main() {
	fmt.Println(Describe(1), Describe("s"), Describe(Name("n")), Describe(2.5))
	fmt.Println(IsT[int](1), IsT[string](1), IsT[fmt.Stringer](Name("x")), IsT[Pair[int, string]](Pair[int, string]{}))
	fmt.Println(As[string]("ok"))
	p := Pair[int, string]{1, "one"}
	fmt.Println(p.Key, p.Val)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T %T %T\n", List[int]{}, &p, Opt[float64]{})
	fmt.Printf("%T\n", Pair[string, List[Name]]{})
	fmt.Printf("%T %T\n", As[int], Describe[string])
	fmt.Println(TypeName[Pair[Name, bool]](), TypeName[map[string]List[int]]())
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

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func init() {
	p := Pair[string, int]{"k", 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %T\n", Opt[int]{3, true}, Opt[string]{"s", false}, Opt[Pair[int, int]]{})
	t := Tree[int]{Val: 1, Left: &Tree[int]{Val: 0}}
	fmt.Printf("%v %T %T\n", t.Left.Val, t, t.Left)
	fmt.Println(List[string]{"a", "b"}, map[string]Pair[int, bool]{"x": {1, true}})
}
