// Package time's functions bound from goruntime/src/main/go/time/time.go. Sleep parks the
// goroutine's virtual thread, which frees its carrier; stdout is flushed first so output written
// before a pause appears before it.
package gojc.runtime.lib.time;

import gojc.runtime.Stdout;
import gojc.runtime.sched.G;
import gojc.runtime.sched.Scheduler;
import java.util.concurrent.locks.LockSupport;

public final class Time {
    private Time() {}

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
