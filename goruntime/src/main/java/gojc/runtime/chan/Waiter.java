// A goroutine waiting on a channel (gc's sudog): queued on the channel's send or receive queue,
// it carries the value being sent or the slot for the value received. A plain send or receive
// reuses its goroutine's one Waiter, so a hand-off between two goroutines allocates nothing; a
// select queues one Waiter per case, all sharing a Selection that at most one waker may win.
package gojc.runtime.chan;

import gojc.runtime.sched.G;
import gojc.runtime.sched.Scheduler;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

final class Waiter {
    final G g;
    final Thread thread;
    Waiter next;
    Waiter prev;
    Chan chan;
    /** The value to send, or the value received (Chan.CLOSED when a close woke a plain receive). */
    Object elem;
    /** False when a close woke the waiter rather than a partner. */
    boolean success;
    /** The select case this waiter stands for; -1 for a plain operation. */
    int caseIndex = -1;
    /** Non-null for select waiters: the one flag all of a select's waiters share. */
    Selection sel;
    /** Set, after elem and success, by whoever completes the operation. */
    volatile boolean done;

    private static final VarHandle DONE;

    static {
        try {
            DONE = MethodHandles.lookup().findVarHandle(Waiter.class, "done", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Waiter(G g, Thread thread) {
        this.g = g;
        this.thread = thread;
    }

    /** The running goroutine's reusable waiter, reset for a new plain operation. */
    static Waiter forCurrent() {
        G g = Scheduler.current();
        return g == null ? new Waiter(null, Thread.currentThread()) : forG(g);
    }

    /** Goroutine g's reusable waiter, reset for a new plain operation. */
    static Waiter forG(G g) {
        Waiter w;
        if (g.chanWaiter instanceof Waiter cached) {
            w = cached;
        } else {
            w = new Waiter(g, g.thread());
            g.chanWaiter = w;
        }
        // plain: the waiter is published under the channel's lock, whose release orders this
        DONE.set(w, false);
        w.success = false;
        w.elem = null;
        w.next = w.prev = null;
        return w;
    }

    /**
     * Claims the waiter for the caller, who will complete its operation: always for a plain
     * waiter, and for a select waiter only if no other case of that select was claimed first.
     */
    boolean claim() {
        return sel == null || sel.claim(this);
    }

    /** Completes the operation and wakes the goroutine; the waker must not touch it afterwards. */
    void wake() {
        G wg = g;
        Thread t = thread;
        // a release store, not a full fence: the unpark that follows is one (a CAS on the thread)
        DONE.setRelease(this, true);
        if (wg != null) {
            Scheduler.ready(wg);
        } else {
            LockSupport.unpark(t);
        }
    }

    /**
     * Parks until a waker completes the operation. The check after parking is a bytecode of its
     * own: when a million goroutines park before any wakes (all blocked on one channel), the JIT
     * compiles this with the pre-park check never true, and a shared check would be compiled
     * as an uncommon trap that every resuming goroutine then takes (one deoptimization each). A
     * check never reached at compile time gets a static guess instead, and no trap.
     */
    void await(G.State reason, Object blocker) {
        if (!done) {
            do {
                Scheduler.park(g, reason, blocker);
            } while (!done);
        }
        Scheduler.running(g);
    }
}
