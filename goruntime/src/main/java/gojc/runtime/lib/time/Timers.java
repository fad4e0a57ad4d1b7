// Timers behind time.NewTimer, After, AfterFunc, NewTicker and Tick: one daemon thread schedules
// them; when one fires it offers the current time to its channel without blocking (as gc's
// sendTime does, the channel having a buffer of one) or starts the AfterFunc function as a new
// goroutine. A timer that has not fired or been stopped counts as pending with the Scheduler, so
// goroutines waiting for it are not reported as deadlocked.
package gojc.runtime.lib.time;

import gojc.runtime.chan.Chan;
import gojc.runtime.func.Fn__;
import gojc.runtime.func.Fn__L;
import gojc.runtime.sched.Scheduler;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

final class Timers {
    private static final ScheduledThreadPoolExecutor EXEC = executor();

    private static ScheduledThreadPoolExecutor executor() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "gojc-timers");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /** One runtime timer; the Go Timer or Ticker holds it in an `any` field. */
    static final class Timer implements Runnable {
        final Chan c;
        final Fn__L now;
        final Fn__ f;
        final long period;
        private ScheduledFuture<?> future;
        private boolean pending;

        Timer(Chan c, Fn__L now, Fn__ f, long period) {
            this.c = c;
            this.now = now;
            this.f = f;
            this.period = period;
        }

        synchronized void start(long d) {
            pending = true;
            Scheduler.timerStarted();
            long nanos = Math.max(d, 0);
            future = period > 0 ? EXEC.scheduleAtFixedRate(this, nanos, period, TimeUnit.NANOSECONDS)
                    : EXEC.schedule(this, nanos, TimeUnit.NANOSECONDS);
        }

        /** Stops the timer: true if it had not fired yet. */
        synchronized boolean stop() {
            if (!pending) {
                return false;
            }
            pending = false;
            future.cancel(false);
            Scheduler.timerEnded();
            return true;
        }

        @Override
        public void run() {
            if (period <= 0) {
                synchronized (this) {
                    if (!pending) {
                        return;
                    }
                    pending = false;
                }
            }
            if (f != null) {
                Scheduler.go(f::call);
            } else {
                Chan.offer(c, now.call());
            }
            if (period <= 0) {
                Scheduler.timerEnded();
            }
        }
    }
}
