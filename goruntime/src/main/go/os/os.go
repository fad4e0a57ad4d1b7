// Package os provides a platform-independent interface to operating system functionality. The
// functions without a body are implemented by the runtime (gojc.runtime.lib.os.Os over the JDK's
// file and process APIs); errors are built here with Go's texts (`open x: no such file or
// directory`).
package os

import "errors"

// Args hold the command-line arguments, starting with the program name.
var Args = runtime_args()

func runtime_args() []string

// Exit causes the current program to exit with the given status code. Deferred functions are
// not run.
func Exit(code int)

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// An Errno is an operating system error number; its text and its Is method are the Linux
// ones Go's syscall.Errno has.
type errno int

const (
	eNOENT    errno = 2
	eBADF     errno = 9
	eACCES    errno = 13
	eEXIST    errno = 17
	eNOTDIR   errno = 20
	eISDIR    errno = 21
	eINVAL    errno = 22
	eNOTEMPTY errno = 39
	eIO       errno = 5
)

func (e errno) Error() string {
	switch e {
	case eNOENT:
		return "no such file or directory"
	case eBADF:
		return "bad file descriptor"
	case eACCES:
		return "permission denied"
	case eEXIST:
		return "file exists"
	case eNOTDIR:
		return "not a directory"
	case eISDIR:
		return "is a directory"
	case eINVAL:
		return "invalid argument"
	case eNOTEMPTY:
		return "directory not empty"
	}
	return "input/output error"
}

func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// LinkError records an error during a link or symlink or rename system call and the paths that
// caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func pathErr(op, path string, code int) error {
	if code == 0 {
		return nil
	}
	return &PathError{op, path, errno(code)}
}

func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// IsNotExist reports whether the error is known to report that a file or directory does not
// exist.
func IsNotExist(err error) bool {
	err = underlying(err)
	return err == eNOENT || err == ErrNotExist
}

// IsExist reports whether the error is known to report that a file or directory already exists.
func IsExist(err error) bool {
	err = underlying(err)
	return err == eEXIST || err == eNOTEMPTY || err == ErrExist
}

// IsPermission reports whether the error is known to report that permission is denied.
func IsPermission(err error) bool {
	err = underlying(err)
	return err == eACCES || err == ErrPermission
}

// Getenv retrieves the value of the environment variable named by the key, or "".
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key and reports
// whether it is present.
func LookupEnv(key string) (string, bool)

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if key == "" || containsAny(key, "=\x00") || containsAny(value, "\x00") {
		return &SyscallError{"setenv", eINVAL}
	}
	setenv(key, value)
	return nil
}

func containsAny(s, chars string) bool {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(chars); j++ {
			if s[i] == chars[j] {
				return true
			}
		}
	}
	return false
}

func setenv(key, value string)

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func unsetenv(key string)

// Clearenv deletes all environment variables.
func Clearenv()

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// Getpid returns the process id of the caller.
func Getpid() int

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) { return getwd(), nil }

func getwd() string

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) { return hostname(), nil }

func hostname() string

// TempDir returns the default directory to use for temporary files.
func TempDir() string {
	if d := Getenv("TMPDIR"); d != "" {
		return d
	}
	return "/tmp"
}

// UserHomeDir returns the current user's home directory.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}
