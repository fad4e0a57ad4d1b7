// Go's select statement, following gc's selectgo: the cases are polled in a random order so that
// a ready case is chosen uniformly (first each under its own channel's lock, then with every
// channel locked in one global order, by channel id, each once), and if none is ready (and there
// is no default) the goroutine queues a waiter on every channel, all sharing one Selection, and
// parks; the first partner to claim the Selection completes that case, and the goroutine unlinks
// its other waiters when it resumes.
// Codegen builds one Select per execution: add the cases in source order, then run.
package gojc.runtime.chan;

import gojc.runtime.sched.Coroutine;
import gojc.runtime.sched.G;
import gojc.runtime.sched.Scheduler;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

public final class Select {
    private final Chan[] chans;
    private final Object[] values;
    private final boolean[] sends;
    private int n;
    private Object received;
    private boolean ok;

    public Select(int cases) {
        chans = new Chan[cases];
        values = new Object[cases];
        sends = new boolean[cases];
    }

    /** Adds case `c <- v`. */
    public Select send(Chan c, Object v) {
        chans[n] = c;
        values[n] = v;
        sends[n++] = true;
        return this;
    }

    /** Adds case `<-c`. */
    public Select recv(Chan c) {
        chans[n++] = c;
        return this;
    }

    /** A received case's value (the zero value if the channel was closed). */
    public Object value() {
        return received;
    }

    /** A received case's ok: false if the channel was closed. */
    public boolean ok() {
        return ok;
    }

    /**
     * Runs the select: the index of the case that ran, or -1 for default. A first pass visits the
     * cases in the random order, locking only a channel that looks ready without its lock (gc's
     * lock-free check for non-blocking operations), one at a time: a case found ready completes
     * under its own channel's lock, as if the whole select ran at that instant (a case skipped
     * earlier was not ready then, and choosing among the ready ones at random allows this
     * choice). Only when that pass finds nothing are all channels locked together, as gc's
     * selectgo does, so that default, or parking on every channel, follows an atomic look at all
     * of them: a fan-in select with eight channels locks one channel instead of eight.
     */
    public int run(boolean hasDefault) {
        return run(hasDefault, null);
    }

    /** What run answers a stackless goroutine that suspended: Stackless.selected gives the case. */
    static final int SUSPENDED = -2;

    /** run for the running goroutine, or for the stackless goroutine co, which may suspend. */
    int run(boolean hasDefault, Coroutine co) {
        if (n == 0) {
            if (hasDefault) {
                return -1;
            }
            if (co != null) {
                co.suspend(G.State.SELECT_NO_CASES);
                return SUSPENDED;
            }
            Chan.blockForever(G.State.SELECT_NO_CASES);
        }
        int[] poll = pollOrder();
        for (int i : poll) {
            Chan c = chans[i];
            if (c != null && c.looksReady(sends[i])) {
                c.acquire();
                if (attempt(i, c, null)) {
                    return i;
                }
                c.release();
            }
        }
        Chan[] locks = lockOrder();
        lockAll(locks);
        for (int i : poll) {
            if (chans[i] != null && attempt(i, null, locks)) {
                return i;
            }
        }
        if (hasDefault) {
            unlockAll(locks);
            return -1;
        }
        return park(locks, co);
    }

    /**
     * Completes case i if its channel is ready, with that channel locked (alone as one, or with
     * the others as locks): true once done, the locks released; false with them still held.
     */
    private boolean attempt(int i, Chan one, Chan[] locks) {
        Chan c = chans[i];
        if (sends[i]) {
            if (c.closed) {
                unlock(one, locks);
                throw Chan.closedSend();
            }
            Waiter r = c.recvq.dequeue();
            if (r != null) {
                unlock(one, locks);
                r.elem = values[i];
                r.success = true;
                r.wake();
                return true;
            }
            if (c.ready(true)) {
                c.put(values[i]);
                unlock(one, locks);
                return true;
            }
        } else {
            Waiter s = c.sendq.dequeue();
            if (s != null) {
                received(c.takeFrom(s), true);
                unlock(one, locks);
                s.success = true;
                s.wake();
                return true;
            }
            if (c.ready(false)) {
                received(c.take(), true);
                unlock(one, locks);
                return true;
            }
            if (c.closed) {
                received(c.zero, false);
                unlock(one, locks);
                return true;
            }
        }
        return false;
    }

    private static void unlock(Chan one, Chan[] locks) {
        if (locks == null) {
            one.release();
        } else {
            unlockAll(locks);
        }
    }

    private int park(Chan[] locks, Coroutine co) {
        Selection sel = new Selection();
        Waiter[] ws = new Waiter[n];
        G g = co != null ? co.g() : Scheduler.current();
        Thread t = g != null ? g.thread() : Thread.currentThread();
        for (int i = 0; i < n; i++) {
            Chan c = chans[i];
            if (c == null) {
                continue;
            }
            Waiter w = new Waiter(g, t);
            w.sel = sel;
            w.caseIndex = i;
            w.chan = c;
            ws[i] = w;
            if (sends[i]) {
                w.elem = values[i];
                c.sendq.enqueue(w);
            } else {
                c.recvq.enqueue(w);
            }
        }
        unlockAll(locks);
        if (co != null) {
            parked = new Parked(sel, ws, locks);
            co.pending = this;
            co.suspend(G.State.SELECT);
            return SUSPENDED;
        }
        // The post-park check is separate from the first one, as in Waiter.await.
        Waiter won = sel.winner();
        if (won == null || !won.done) {
            do {
                Scheduler.park(g, G.State.SELECT, this);
                won = sel.winner();
            } while (won == null || !won.done);
        }
        Scheduler.running(g);
        return finish(won, ws, locks);
    }

    /** A stackless goroutine's select while it is suspended. */
    private record Parked(Selection sel, Waiter[] ws, Chan[] locks) {}

    private Parked parked;

    /** The case that ran, once the stackless goroutine that suspended in this select resumes. */
    int resumed() {
        Parked p = parked;
        parked = null;
        return finish(p.sel().winner(), p.ws(), p.locks());
    }

    /** Unlinks the waiters that lost and completes the case that won. */
    private int finish(Waiter won, Waiter[] ws, Chan[] locks) {
        lockAll(locks);
        for (int i = 0; i < n; i++) {
            Waiter w = ws[i];
            if (w != null && w != won) {
                (sends[i] ? w.chan.sendq : w.chan.recvq).remove(w);
            }
        }
        unlockAll(locks);
        int i = won.caseIndex;
        if (sends[i]) {
            if (!won.success) {
                throw Chan.closedSend();
            }
        } else {
            received(won.success ? won.elem : chans[i].zero, won.success);
        }
        return i;
    }

    private void received(Object v, boolean ok) {
        received = v;
        this.ok = ok;
    }

    private int[] pollOrder() {
        int[] p = new int[n];
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            int j = r.nextInt(i + 1);
            p[i] = p[j];
            p[j] = i;
        }
        return p;
    }

    /** The distinct non-nil channels, by id (insertion sort: selects have few cases). */
    private Chan[] lockOrder() {
        Chan[] cs = new Chan[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Chan c = chans[i];
            if (c == null) {
                continue;
            }
            int j = m;
            while (j > 0 && cs[j - 1].id > c.id) {
                j--;
            }
            if (j > 0 && cs[j - 1] == c) {
                continue;
            }
            System.arraycopy(cs, j, cs, j + 1, m - j);
            cs[j] = c;
            m++;
        }
        return m == n ? cs : Arrays.copyOf(cs, m);
    }

    private static void lockAll(Chan[] cs) {
        if (cs.length == 0) {
            return;
        }
        cs[0].acquire();
        for (int i = 1; i < cs.length; i++) {
            cs[i].acquireHolding();
        }
    }

    private static void unlockAll(Chan[] cs) {
        for (int i = cs.length - 1; i >= 0; i--) {
            cs[i].release();
        }
    }
}
