// gojc's carrier pool for virtual threads, shaped like Go's scheduler: GOMAXPROCS daemon carrier
// threads, each with a one-task `runnext` slot and a local run queue. A goroutine made runnable by
// code running on a carrier (a channel hand-off, a `go` statement) goes into that carrier's slot
// and runs as soon as the current goroutine parks, on the same core and without waking anyone:
// this is what makes an unbuffered ping-pong cheap. A task pushed out of the slot goes to the
// carrier's local queue, again waking nobody. Tasks from outside the pool (timers, the JDK) go to
// the shared queue and wake an idle carrier unless one is spinning: a carrier that runs out of
// work looks for more for a while before it parks (gc's spinning Ms).
//
// Unlike gc, a carrier takes another's work only once it has waited there STEAL_DELAY_NANOS
// (a queue non-empty that long, a slot's task unchanged that long). Goroutines that mostly hand
// values to each other keep one carrier busy and its queue short; moving one of them to another
// carrier makes every later hand-off with it cross cores, and a virtual thread's stack chunk,
// state and channel records then bounce between caches at a cost (measured: 2-3x the CPU per
// hand-off) that gc's smaller goroutines do not pay. Work that really outgrows one carrier shows up
// as a queue that stays non-empty, and is shared out after the delay.
//
// A monitor (gc's sysmon) counts each carrier's task switches: it wakes an idle carrier for work
// that has waited STEAL_DELAY_NANOS or a whole tick behind a goroutine that does not park, and asks
// that goroutine to yield (Preempt) once it has run for PREEMPT_TICKS ticks while others wait. A
// yielding goroutine goes to the shared queue's tail.
package gojc.runtime.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

final class CarrierPool implements Executor {
    private static final long MONITOR_TICK_NANOS = 2_000_000;
    /** 10 ms, gc's forcePreemptNS. */
    private static final int PREEMPT_TICKS = 5;
    /** How often a carrier looks at the shared queue before its own work (gc: every 61 ticks). */
    private static final int FAIRNESS_TICKS = 61;
    /** How long an idle carrier spins before it parks. */
    private static final long SPIN_NANOS = Long.getLong("gojc.spin", 10_000);
    /** How long work waits on a busy carrier before another carrier takes it. */
    private static final long STEAL_DELAY_NANOS = Long.getLong("gojc.stealdelay", 50_000);

    private final Carrier[] carriers;
    /** GOMAXPROCS: carriers with a lower index take goroutines, the others sleep. */
    private volatile int active;
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Carrier> idle = new ConcurrentLinkedQueue<>();
    /** Carriers looking for work before they park (gc's nmspinning): a queued task needs no wake-up. */
    private final AtomicInteger spinning = new AtomicInteger();
    /** Thread.currentCarrierThread(), constant so the JIT inlines it; null if not reachable. */
    private static final MethodHandle CURRENT_CARRIER = currentCarrierHandle();

    private static MethodHandle currentCarrierHandle() {
        try {
            Method m = Thread.class.getDeclaredMethod("currentCarrierThread");
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Throws if Thread.currentCarrierThread is not reachable (no --add-opens). */
    CarrierPool(int procs) throws ReflectiveOperationException {
        if (CURRENT_CARRIER == null) {
            throw new ReflectiveOperationException("Thread.currentCarrierThread is not accessible");
        }
        int n = Math.max(procs, Runtime.getRuntime().availableProcessors());
        active = procs;
        carriers = new Carrier[n];
        for (int i = 0; i < n; i++) {
            carriers[i] = new Carrier(this, i);
        }
        for (Carrier c : carriers) {
            c.start();
        }
        // an anonymous class rather than a method reference: no lambda bootstrap at start-up
        Thread monitor = new Thread(new Runnable() {
            @Override
            public void run() {
                monitor();
            }
        }, "gojc-sysmon");
        monitor.setDaemon(true);
        monitor.start();
        current = this;
    }

    /** The pool goroutines run on; null before it starts. */
    private static volatile CarrierPool current;

    @Override
    public void execute(Runnable task) {
        Carrier c = submittingCarrier();
        if (c == null || c.yielding || c.index >= active) {
            if (c != null) {
                c.yielding = false;
            }
            queue.add(task);
            if (spinning.get() == 0) {
                wakeIdle();
            }
            return;
        }
        Runnable old = c.runnext.getAndSet(task);
        if (old != null) {
            c.local.push(old, queue);
            // an overloaded carrier shares its queue with an idle one (the monitor would too, later)
            if ((++c.pushes & 63) == 0 && !idle.isEmpty() && spinning.get() == 0
                    && System.nanoTime() - c.local.nonEmptySince >= STEAL_DELAY_NANOS) {
                wakeIdle();
            }
        }
    }

    private Carrier submittingCarrier() {
        Carrier c = currentCarrier();
        return c != null && c.pool == this ? c : null;
    }

    /** The pool carrier the running code is on (a goroutine's or the carrier's own); null if none. */
    static Carrier currentCarrier() {
        Thread t = Thread.currentThread();
        if (t.isVirtual()) {
            if (CURRENT_CARRIER == null) {
                return null;
            }
            try {
                t = (Thread) CURRENT_CARRIER.invokeExact();
            } catch (Throwable e) {
                return null;
            }
        }
        return t instanceof Carrier c ? c : null;
    }

    /** The sum of the carriers' counts of goroutines waiting in Go primitives (racy reads). */
    static int waitingOnCarriers() {
        CarrierPool pool = current;
        int n = 0;
        if (pool != null) {
            for (Carrier c : pool.carriers) {
                n += c.waiting;
            }
        }
        return n;
    }

    private void wakeIdle() {
        for (Carrier k; (k = idle.poll()) != null; ) {
            k.parked.set(false);
            LockSupport.unpark(k);
            if (k.index < active) {
                return;
            }
        }
    }

    /**
     * runtime.GOMAXPROCS(n): only carriers below n take goroutines. A carrier beyond it hands its
     * work to the shared queue and sleeps; its running goroutine is preempted by the monitor.
     */
    int setProcs(int n) {
        int old = active;
        active = Math.max(1, Math.min(n, carriers.length));
        for (int i = old; i < active; i++) {
            LockSupport.unpark(carriers[i]);
        }
        return old;
    }

    /**
     * Looks for work a little longer before parking, as gc's spinning Ms do: a futex wake-up and
     * the OS switch that follows cost more than many hand-offs. At most half the carriers spin,
     * and while one does, a task for the shared queue wakes nobody.
     */
    private Runnable spin(Carrier self) {
        if (2 * spinning.get() >= active) {
            return null;
        }
        spinning.incrementAndGet();
        Runnable seen = null;
        long seenAt = 0;
        long start = System.nanoTime();
        try {
            while (true) {
                Runnable r = find(self);
                if (r != null) {
                    return r;
                }
                long now = System.nanoTime();
                r = steal(self, now);
                if (r != null) {
                    return r;
                }
                // a slot's task unchanged for the delay: its carrier is busy with something else
                for (int i = 1; i < carriers.length; i++) {
                    Carrier k = carriers[(self.index + i) % carriers.length];
                    Runnable w = k.runnext.get();
                    if (w == null) {
                        continue;
                    }
                    if (w != seen) {
                        seen = w;
                        seenAt = now;
                    } else if (now - seenAt >= STEAL_DELAY_NANOS && k.runnext.compareAndSet(w, null)) {
                        return w;
                    }
                }
                if (now - start >= SPIN_NANOS || self.index >= active) {
                    return null;
                }
                Thread.onSpinWait();
            }
        } finally {
            spinning.decrementAndGet();
        }
    }

    /** Half of the local queue of a carrier whose queue has waited STEAL_DELAY_NANOS; null if none. */
    private Runnable steal(Carrier self, long now) {
        int n = carriers.length;
        for (int i = 1; i < n; i++) {
            Carrier k = carriers[(self.index + i) % n];
            if (!k.local.isEmpty() && now - k.local.nonEmptySince >= STEAL_DELAY_NANOS) {
                Runnable r = k.local.stealInto(self.local);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The next task for carrier self: its slot, its queue, the shared queue; null if none. Now
     * and then the shared queue comes first, and the local queue before the slot, so that neither
     * goroutines from outside nor those queued here starve behind a pair handing off to each other.
     */
    private Runnable find(Carrier self) {
        Runnable r;
        int phase = self.tick % (2 * FAIRNESS_TICKS);
        if (phase == 0 && (r = queue.poll()) != null) {
            return r;
        }
        if (phase == 2 && (r = self.local.poll()) != null) {
            return r;
        }
        r = self.runnext.getAndSet(null);
        if (r != null) {
            return r;
        }
        r = self.local.poll();
        if (r != null) {
            return r;
        }
        return queue.poll();
    }

    private void loop(Carrier self) {
        while (true) {
            if (self.index >= active) {
                retire(self);
                continue;
            }
            Runnable r = find(self);
            if (r == null && (r = spin(self)) != null && spinning.get() == 0 && !queue.isEmpty()) {
                wakeIdle(); // the last spinner found work: others may be queued behind it (gc's wakep)
            }
            if (r != null) {
                run(self, r);
                continue;
            }
            if (self.parked.compareAndSet(false, true)) {
                idle.add(self);
            }
            // Re-check after announcing idleness: a producer that missed us saw the task queued.
            r = find(self);
            if (r != null) {
                if (idle.remove(self)) {
                    self.parked.set(false);
                }
                run(self, r);
                continue;
            }
            // gc's checkdead runs as its Ms go idle: when every goroutine waits, the last carrier
            // to run out of work sees it
            Scheduler.checkDeadlock();
            LockSupport.park(this);
        }
    }

    private void retire(Carrier self) {
        if (idle.remove(self)) {
            self.parked.set(false);
        }
        Runnable r = self.runnext.getAndSet(null);
        if (r != null) {
            queue.add(r);
        }
        self.local.drainTo(queue);
        if (!queue.isEmpty()) {
            wakeIdle();
        }
        LockSupport.park(this);
    }

    /** Runs one task; tick is odd while it runs, so the monitor can tell running from idle. */
    private static void run(Carrier self, Runnable r) {
        self.tick++;
        try {
            r.run();
        } finally {
            self.tick++;
        }
    }

    /**
     * gc's sysmon, for the two things a pool without preemption needs: work that waited
     * STEAL_DELAY_NANOS on a busy carrier, or a slot's task that waited a whole tick behind a
     * goroutine that does not park, gets an idle carrier woken for it; and a goroutine that has
     * run PREEMPT_TICKS while others wait is asked to yield.
     */
    private void monitor() {
        int n = carriers.length;
        int[] seen = new int[n];
        int[] stuck = new int[n];
        boolean requested = false;
        while (true) {
            LockSupport.parkNanos(MONITOR_TICK_NANOS);
            boolean any = false;
            long now = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Carrier c = carriers[i];
                int t = c.tick;
                if (i >= active && (t & 1) == 1) {
                    c.preemptRequested = true;
                    any = true;
                    continue;
                }
                boolean queued = !c.local.isEmpty();
                if (queued && now - c.local.nonEmptySince >= STEAL_DELAY_NANOS && spinning.get() == 0) {
                    wakeIdle();
                }
                if (t != seen[i] || (t & 1) == 0) {
                    seen[i] = t;
                    stuck[i] = 0;
                    c.preemptRequested = false;
                    continue;
                }
                boolean waiting = c.runnext.get() != null;
                if (waiting) {
                    wakeIdle();
                }
                if (++stuck[i] >= PREEMPT_TICKS && (waiting || queued || !queue.isEmpty())) {
                    c.preemptRequested = true;
                    any = true;
                }
            }
            if (any != requested) {
                requested = any;
                Preempt.request(any);
            }
        }
    }

    /** Queues a stackless goroutine's task as execute does for a virtual thread's. */
    static void submit(Runnable task) {
        current.execute(task);
    }

    /** A stackless goroutine that yields goes to the shared queue's tail, as a yielding thread does. */
    static void requeue(Runnable task) {
        CarrierPool pool = current;
        pool.queue.add(task);
        if (pool.spinning.get() == 0) {
            pool.wakeIdle();
        }
    }

    /** The current carrier if the monitor asked its goroutine to yield (the request is taken); else null. */
    static Carrier takePreemptRequest() {
        Carrier c = currentCarrier();
        if (c != null && c.preemptRequested) {
            c.preemptRequested = false;
            return c;
        }
        return null;
    }

    /** runtime.GOMAXPROCS on the running pool; -1 if goroutines run on the JDK's scheduler. */
    static int gomaxprocs(int n) {
        CarrierPool pool = current;
        return pool == null ? -1 : n > 0 ? pool.setProcs(n) : pool.active;
    }

    /** Preempt.check: the running goroutine yields if the monitor asked its carrier to. */
    static void preemptCurrent() {
        Carrier c = takePreemptRequest();
        if (c == null) {
            return;
        }
        yieldToQueue(c);
    }

    /** runtime.Gosched: the running goroutine goes to the back of the shared queue. */
    static void gosched() {
        CarrierPool pool = current;
        Carrier c = pool == null ? null : pool.submittingCarrier();
        if (c == null) {
            Thread.yield();
        } else {
            yieldToQueue(c);
        }
    }

    /** execute, called as the goroutine unmounts, sees the flag and queues it at the tail. */
    private static void yieldToQueue(Carrier c) {
        c.yielding = true;
        Thread.yield();
    }

    /**
     * A mounted virtual thread runs on its carrier's native stack, so the carrier's stack size
     * bounds recursion depth. Go allows 1 GB; the reservation is virtual address space, committed
     * only as deep recursion touches it.
     */
    static final long CARRIER_STACK_BYTES = 1L << 30;

    static final class Carrier extends Thread {
        final CarrierPool pool;
        final int index;
        final AtomicReference<Runnable> runnext = new AtomicReference<>();
        final RunQueue local = new RunQueue();
        /** Tasks pushed to local, counted to check its age now and then rather than every time. */
        int pushes;
        /** Goroutines that parked on this carrier minus those that resumed on it (Scheduler.park). */
        int waiting;
        final AtomicBoolean parked = new AtomicBoolean();
        /** Tasks started plus tasks finished: odd while one runs. Read racily by the monitor. */
        int tick;
        volatile boolean preemptRequested;
        /** Set while the goroutine on this carrier yields, so execute queues it at the tail. */
        boolean yielding;
        /** The stackless goroutine running on this carrier, if any (Scheduler.current). */
        Coroutine coroutine;

        Carrier(CarrierPool pool, int index) {
            super(null, null, "gojc-carrier-" + index, CARRIER_STACK_BYTES, false);
            this.pool = pool;
            this.index = index;
            setDaemon(true);
        }

        @Override
        public void run() {
            pool.loop(this);
        }
    }
}
