// Go's channels (`chan T`), following gc's runtime/chan.go: one lock per channel, a ring buffer of
// cap elements, FIFO queues of parked senders and receivers, and direct hand-off: a sender that
// finds a parked receiver gives it the value and wakes it, and vice versa, so an unbuffered
// exchange costs one lock and one park/unpark. Goroutines park through the Scheduler, so the
// deadlock check sees them. Elements are held in interface form (boxed as for `any`); receives
// on a closed, drained channel yield the zero value given to make. A nil channel is null.
package gojc.runtime.chan;

import gojc.runtime.GoPanic;
import gojc.runtime.RuntimeError;
import gojc.runtime.sched.Coroutine;
import gojc.runtime.sched.G;
import gojc.runtime.sched.Scheduler;
import java.util.concurrent.atomic.AtomicLong;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public final class Chan {
    /** recvOk's answer for a closed, drained channel. */
    public static final Object CLOSED = new Object();

    private static final AtomicLong IDS = new AtomicLong();

    /** Orders channels for select's locking. */
    final long id = IDS.incrementAndGet();
    /** The channel's lock (gc's hchan.lock): 1 while held. */
    private volatile int locked;
    final WaitQueue sendq = new WaitQueue();
    final WaitQueue recvq = new WaitQueue();
    final Object zero;
    private final Object[] buf;
    private final int cap;
    private int recvx;
    private int count;
    boolean closed;

    private Chan(int cap, Object zero) {
        this.cap = cap;
        this.buf = cap == 0 ? null : new Object[cap];
        this.zero = zero;
    }

    private static final VarHandle LOCKED;

    static {
        try {
            LOCKED = MethodHandles.lookup().findVarHandle(Chan.class, "locked", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Spin rounds before a contended acquire starts yielding (gc's runtime lock spins, then sleeps). */
    private static final int LOCK_SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 64 : 0;

    /**
     * Locks the channel. The lock is held for a few dozen nanoseconds at a time and nobody parks
     * while holding it, so it is a spin lock, as gc's runtime lock is: a CAS to take it and a
     * release store to give it back, where a ReentrantLock's unlock is a full fence and its
     * queued waiters are parked goroutines that each unlock must wake through the scheduler. A
     * contended acquire spins, then yields: a goroutine on a virtual thread yields its carrier
     * (runtime.Gosched), anything else (a stackless goroutine's carrier, a timer thread) the CPU.
     * The caller must hold no other channel's lock (see acquireHolding).
     */
    void acquire() {
        if (!LOCKED.compareAndSet(this, 0, 1)) {
            acquireContended(true);
        }
    }

    /**
     * acquire for a caller that already holds other channels' locks (select, in channel order). It
     * never unmounts its virtual thread: a holder that gave up its carrier could wait behind the
     * very stackless goroutines spinning for its locks, which keep their carriers while they spin.
     * So every lock holder is always running, and a contended lock is always soon released.
     */
    void acquireHolding() {
        if (!LOCKED.compareAndSet(this, 0, 1)) {
            acquireContended(false);
        }
    }

    private void acquireContended(boolean mayUnmount) {
        boolean virtual = Thread.currentThread().isVirtual();
        for (int i = 0; ; i++) {
            if (locked == 0 && LOCKED.compareAndSet(this, 0, 1)) {
                return;
            }
            if (i < LOCK_SPINS || virtual && !mayUnmount) {
                Thread.onSpinWait();
            } else if (virtual) {
                // to the back of the run queue: a plain Thread.yield would land in this carrier's
                // runnext slot and run again at once, ahead of a holder waiting for the carrier
                Scheduler.gosched();
            } else {
                Thread.yield();
            }
        }
    }

    void release() {
        LOCKED.setRelease(this, 0);
    }

    /** make(chan T, size); zero is T's zero value in interface form. */
    public static Chan make(long size, Object zero) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw GoPanic.raise(RuntimeError.unprefixed("makechan: size out of range"));
        }
        return new Chan((int) size, zero);
    }

    public static long len(Chan c) {
        if (c == null) {
            return 0;
        }
        c.acquire();
        int n = c.count;
        c.release();
        return n;
    }

    public static long cap(Chan c) {
        return c == null ? 0 : c.cap;
    }

    /** ch <- v. */
    public static void send(Chan c, Object v) {
        if (c == null) {
            blockForever(G.State.CHAN_SEND_NIL);
        }
        Waiter w = c.sendOrQueue(v, null);
        if (w != null) {
            w.await(G.State.CHAN_SEND, c);
            sent(w);
        }
    }

    /**
     * Hands v to a waiting receiver or buffers it (null), else queues a waiter carrying v for the
     * running goroutine, or for the stackless goroutine co, and returns that waiter.
     */
    Waiter sendOrQueue(Object v, Coroutine co) {
        acquire();
        if (closed) {
            release();
            throw closedSend();
        }
        Waiter r = recvq.dequeue();
        if (r != null) {
            release();
            r.elem = v;
            r.success = true;
            r.wake();
            return null;
        }
        if (count < cap) {
            put(v);
            release();
            return null;
        }
        Waiter w = co == null ? Waiter.forCurrent() : Waiter.forG(co.g());
        w.chan = this;
        w.elem = v;
        sendq.enqueue(w);
        release();
        return w;
    }

    /** After a queued send's waiter was woken: a close woke it, not a receiver, so it panics. */
    static void sent(Waiter w) {
        w.elem = null;
        if (!w.success) {
            throw closedSend();
        }
    }

    /** <-ch: the value, or the zero value once the channel is closed and drained. */
    public static Object recv(Chan c) {
        Object v = recvOk(c);
        return v == CLOSED ? c.zero : v;
    }

    /** v, ok := <-ch: the value, or CLOSED once the channel is closed and drained. */
    public static Object recvOk(Chan c) {
        if (c == null) {
            blockForever(G.State.CHAN_RECEIVE_NIL);
        }
        Object v = c.recvOrQueue(null);
        if (v instanceof Waiter w) {
            w.await(G.State.CHAN_RECEIVE, c);
            // close leaves CLOSED in elem: no branch here, where every receiver a close wakes would
            // take an uncommon trap of its own if the JIT compiled this before any close
            v = w.elem;
            w.elem = null;
        }
        return v;
    }

    /**
     * Takes a value from a waiting sender or the buffer, or CLOSED; else queues a waiter for the
     * running goroutine, or for the stackless goroutine co, and returns that waiter (a channel
     * never holds a Waiter: its elements are Go values).
     */
    Object recvOrQueue(Coroutine co) {
        acquire();
        Waiter s = sendq.dequeue();
        if (s != null) {
            Object v = takeFrom(s);
            release();
            s.success = true;
            s.wake();
            return v;
        }
        if (count > 0) {
            Object v = take();
            release();
            return v;
        }
        if (closed) {
            release();
            return CLOSED;
        }
        Waiter w = co == null ? Waiter.forCurrent() : Waiter.forG(co.g());
        w.chan = this;
        recvq.enqueue(w);
        release();
        return w;
    }

    /** A send that never blocks (timer channels): false when it would have. */
    public static boolean offer(Chan c, Object v) {
        c.acquire();
        if (c.closed) {
            c.release();
            return false;
        }
        Waiter r = c.recvq.dequeue();
        if (r != null) {
            c.release();
            r.elem = v;
            r.success = true;
            r.wake();
            return true;
        }
        boolean room = c.count < c.cap;
        if (room) {
            c.put(v);
        }
        c.release();
        return room;
    }

    /** A receive that never blocks (timer Stop/Reset draining): the value, or null if none. */
    public static Object poll(Chan c) {
        c.acquire();
        Object v = c.count > 0 ? c.take() : null;
        c.release();
        return v;
    }

    /** close(ch): every parked receiver gets the zero value, every parked sender panics. */
    public static void close(Chan c) {
        if (c == null) {
            throw GoPanic.raise(RuntimeError.unprefixed("close of nil channel"));
        }
        c.acquire();
        if (c.closed) {
            c.release();
            throw GoPanic.raise(RuntimeError.unprefixed("close of closed channel"));
        }
        c.closed = true;
        Waiter woken = null;
        for (Waiter w; (w = c.recvq.dequeue()) != null; ) {
            w.elem = w.sel == null ? CLOSED : null;
            w.next = woken;
            woken = w;
        }
        for (Waiter w; (w = c.sendq.dequeue()) != null; ) {
            w.elem = null;
            w.next = woken;
            woken = w;
        }
        c.release();
        while (woken != null) {
            Waiter w = woken;
            woken = w.next;
            w.next = null;
            w.success = false;
            w.wake();
        }
    }

    static RuntimeException closedSend() {
        return GoPanic.raise(RuntimeError.unprefixed("send on closed channel"));
    }

    static void blockForever(G.State reason) {
        while (true) {
            Scheduler.park(reason, null);
        }
    }

    /**
     * Whether a send (or receive) could proceed now, read without the lock: a hint that may be
     * stale, for select's first pass, which re-checks under the lock.
     */
    boolean looksReady(boolean send) {
        return closed || (send ? count < cap || !recvq.isEmpty() : count > 0 || !sendq.isEmpty());
    }

    // The ring buffer and hand-off helpers below run under the lock.

    boolean ready(boolean send) {
        return send ? count < cap : count > 0;
    }

    void put(Object v) {
        int i = recvx + count;
        if (i >= cap) {
            i -= cap;
        }
        buf[i] = v;
        count++;
    }

    Object take() {
        Object v = buf[recvx];
        buf[recvx] = null;
        if (++recvx == cap) {
            recvx = 0;
        }
        count--;
        return v;
    }

    /**
     * Receives from parked sender s: unbuffered, its value directly; buffered (so full), the
     * buffer's head, and s's value goes to the tail, keeping FIFO order.
     */
    Object takeFrom(Waiter s) {
        Object sv = s.elem;
        s.elem = null;
        if (cap == 0) {
            return sv;
        }
        Object v = take();
        put(sv);
        return v;
    }
}
