// Go's global deadlock check: when every live goroutine is parked in a Go primitive (channel,
// select, sync) and none sleeps, nothing can ever run again, and gc ends the program with
// "fatal error: all goroutines are asleep - deadlock!" and status 2. A goroutine blocked in JDK
// I/O or a timer is not waiting in this sense, so the check never fires falsely for them. The
// count is re-read after a short pause so that a wake-up in flight is not mistaken for deadlock.
package gojc.runtime.sched;

import gojc.runtime.Exit;
import gojc.runtime.PanicReport;
import gojc.runtime.Stderr;
import gojc.runtime.Stdout;
import java.util.concurrent.atomic.AtomicBoolean;

final class Deadlock {
    private static final AtomicBoolean CHECKING = new AtomicBoolean();

    private Deadlock() {}

    static void suspect() {
        if (!CHECKING.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(Deadlock::confirm, "gojc-deadlock");
        t.setDaemon(true);
        t.start();
    }

    private static void confirm() {
        try {
            for (int i = 0; i < 3; i++) {
                Thread.sleep(20);
                if (!stuck()) {
                    return;
                }
            }
            StringBuilder b = new StringBuilder("fatal error: all goroutines are asleep - deadlock!\n");
            for (G g : Scheduler.all().stream().sorted((x, y) -> Long.compare(x.id, y.id)).toList()) {
                b.append("\ngoroutine ").append(g.id).append(" [").append(g.state.text()).append("]:\n");
                Thread t = g.thread;
                if (t != null) {
                    b.append(PanicReport.frames(t.getStackTrace()));
                }
            }
            Stdout.flush();
            Stderr.write(b.toString());
            Exit.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            CHECKING.set(false);
        }
    }

    private static boolean stuck() {
        int live = Scheduler.numGoroutine();
        return live > 0 && Scheduler.waitingCount() == live && Scheduler.pendingTimers() == 0;
    }
}
