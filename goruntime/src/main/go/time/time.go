// Package time provides functionality for measuring and displaying time. Sleep is implemented by
// the runtime (gojc.runtime.lib.time.Time).
package time

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)
