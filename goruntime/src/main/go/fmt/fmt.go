// Package fmt implements formatted I/O. The functions without a body are implemented by the
// runtime (gojc.runtime.lib.fmt.Fmt).
package fmt

// Stringer is implemented by any value that has a String method, which defines the native
// format for that value.
type Stringer interface {
	String() string
}

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error
