// Package time's functions bound from goruntime/src/main/go/time/time.go. Sleep parks the
// goroutine's virtual thread, which frees its carrier; stdout is flushed first so output written
// before a pause appears before it.
package gojc.runtime.lib.time;

import gojc.runtime.Stdout;
import gojc.runtime.sched.G;
import gojc.runtime.sched.Scheduler;
import java.util.concurrent.locks.LockSupport;

public final class Time {
    private static final long MONO_BASE = System.nanoTime();

    private Time() {}

    /** Wall clock, nanoseconds since 1970. */
    public static long now() {
        java.time.Instant i = java.time.Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** Monotonic clock, nanoseconds since the program started. */
    public static long monotonic() {
        return System.nanoTime() - MONO_BASE;
    }

    public static Object startTimer(gojc.runtime.chan.Chan c, long d, long period, gojc.runtime.func.Fn__L now,
            gojc.runtime.func.Fn__ f) {
        Timers.Timer t = new Timers.Timer(c, now, f, period);
        t.start(d);
        return t;
    }

    public static boolean stopTimer(Object t) {
        return ((Timers.Timer) t).stop();
    }

    public static boolean resetTimer(Object t, long d) {
        Timers.Timer timer = (Timers.Timer) t;
        synchronized (timer) {
            boolean active = timer.stop();
            timer.start(d);
            return active;
        }
    }

    public static void Sleep(long d) {
        Stdout.flush();
        if (d <= 0) {
            return;
        }
        G g = Scheduler.current();
        if (g != null) {
            g.setState(G.State.SLEEPING);
        }
        long deadline = System.nanoTime() + d;
        for (long left = d; left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        if (g != null) {
            g.setState(G.State.RUNNING);
        }
    }
}
