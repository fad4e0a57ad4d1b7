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

// GoStringer is implemented by any value that has a GoString method, which defines the Go syntax
// for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters: access to the Writer and to the
// verb's flags, width and precision.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method; the implementation controls how
// State and rune are interpreted.
type Formatter interface {
	Format(f State, verb rune)
}
