// A carrier's local run queue (gc's p.runq): a ring of 256 tasks that only its own carrier
// appends to, and that its carrier or an idle one (stealing half) takes from the head of. It is
// lock-free as gc's is: the owner publishes a task with a release store of tail, and every taker
// claims tasks with a CAS on head, so a slot the owner overwrites was claimed before. A full ring
// spills half of itself to the pool's shared queue.
package gojc.runtime.sched;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Queue;

final class RunQueue {
    static final int SIZE = 256;
    private static final int MASK = SIZE - 1;
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HEAD = l.findVarHandle(RunQueue.class, "head", int.class);
            TAIL = l.findVarHandle(RunQueue.class, "tail", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Runnable[] buf = new Runnable[SIZE];
    /** The next task to take; advanced by CAS, by the owner and by thieves. */
    private volatile int head;
    /** Where the owner appends next; written by the owner only. */
    private volatile int tail;
    /**
     * System.nanoTime() when the ring last went from empty to non-empty: while it stays non-empty,
     * its head task has waited at most this long, so a thief can tell a carrier that is merely
     * handing off (its queue drains within microseconds) from one that is overloaded.
     */
    volatile long nonEmptySince;

    /** Appends task (owner only); spills half the ring and the task to overflow if full. */
    void push(Runnable task, Queue<Runnable> overflow) {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = tail;
            if (t - h < SIZE) {
                if (t == h) {
                    nonEmptySince = System.nanoTime();
                }
                buf[t & MASK] = task;
                TAIL.setRelease(this, t + 1);
                return;
            }
            if (spill(h, task, overflow)) {
                return;
            }
        }
    }

    private boolean spill(int h, Runnable task, Queue<Runnable> overflow) {
        int n = SIZE / 2;
        Runnable[] batch = new Runnable[n];
        for (int i = 0; i < n; i++) {
            batch[i] = buf[(h + i) & MASK];
        }
        if (!HEAD.compareAndSet(this, h, h + n)) {
            return false;
        }
        for (Runnable r : batch) {
            overflow.add(r);
        }
        overflow.add(task);
        return true;
    }

    /** The head task (owner only); null if empty. */
    Runnable poll() {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = tail;
            if (t == h) {
                return null;
            }
            Runnable r = buf[h & MASK];
            if (HEAD.compareAndSet(this, h, h + 1)) {
                return r;
            }
        }
    }

    boolean isEmpty() {
        return tail == head;
    }

    /**
     * Takes half of this ring's tasks for thief (whose own ring is empty): returns one and leaves
     * the others queued on thief. Null if there was nothing to take.
     */
    Runnable stealInto(RunQueue thief) {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getAcquire(this);
            int n = t - h;
            n -= n / 2;
            if (n <= 0) {
                return null;
            }
            if (n > SIZE / 2) {
                continue; // read head and tail at different times: retry, as gc does
            }
            int dt = thief.tail;
            for (int i = 0; i < n; i++) {
                thief.buf[(dt + i) & MASK] = buf[(h + i) & MASK];
            }
            if (HEAD.compareAndSet(this, h, h + n)) {
                Runnable r = thief.buf[(dt + n - 1) & MASK];
                if (n > 1) {
                    thief.nonEmptySince = System.nanoTime();
                    TAIL.setRelease(thief, dt + n - 1);
                }
                return r;
            }
        }
    }

    /** Moves every task to overflow (a carrier leaving GOMAXPROCS). */
    void drainTo(Queue<Runnable> overflow) {
        for (Runnable r; (r = poll()) != null; ) {
            overflow.add(r);
        }
    }
}
