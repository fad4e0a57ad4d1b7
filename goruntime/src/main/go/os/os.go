// Package os provides a platform-independent interface to operating system functionality. The
// functions without a body are implemented by the runtime (gojc.runtime.lib.os.Os).
package os

// Args hold the command-line arguments, starting with the program name.
var Args = runtime_args()

func runtime_args() []string

// Exit causes the current program to exit with the given status code. Deferred functions are
// not run.
func Exit(code int)
