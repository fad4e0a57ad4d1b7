// This file implements Sleep, timers and tickers. Sleep and the timers themselves live in the
// runtime (gojc.runtime.lib.time.Time and Timers), which owns the scheduler's view of pending
// timers; the Go side only wraps them in Go's API.
package time

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// The Timer type represents a single event. When the Timer expires, the current time will be
// sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r any
}

func nowAny() any { return Now() }

// NewTimer creates a new Timer that will send the current time on its channel after at least
// duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(c, int64(d), 0, nowAny, nil)}
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer, false if the
// timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d. It returns true if the timer had been
// active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d))
}

// After waits for the duration to elapse and then sends the current time on the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(nil, int64(d), 0, nil, f)}
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	c chan Time
	r any
}

// NewTicker returns a new Ticker containing a channel that will send the current time on the
// channel after each tick. The period of the ticks is specified by the duration argument.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, c: c, r: startTimer(c, int64(d), int64(d), nowAny, nil)}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	stopTimer(t.r)
	t.r = startTimer(t.c, int64(d), int64(d), nowAny, nil)
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

func startTimer(c chan Time, d int64, period int64, now func() any, f func()) any
func stopTimer(t any) bool
func resetTimer(t any, d int64) bool
