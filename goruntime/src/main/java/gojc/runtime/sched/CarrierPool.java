// gojc's carrier pool for virtual threads, shaped like Go's scheduler: GOMAXPROCS daemon carrier
// threads, each with a one-task `runnext` slot. A goroutine made runnable by code running on a
// carrier (a channel hand-off, a `go` statement) goes into that carrier's slot and runs as soon
// as the current goroutine parks, on the same core and without waking anyone: this is what makes
// an unbuffered ping-pong cheap. A task pushed out of a slot, or submitted from outside the pool
// (timers, the JDK), goes to the shared queue and wakes an idle carrier; idle carriers steal
// from the queue and from other carriers' slots, and a monitor wakes one when a slot's task has
// waited a whole tick behind a goroutine that does not park.
package gojc.runtime.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

final class CarrierPool implements Executor {
    private static final long MONITOR_TICK_NANOS = 2_000_000;

    private final Carrier[] carriers;
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Carrier> idle = new ConcurrentLinkedQueue<>();
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
        carriers = new Carrier[procs];
        for (int i = 0; i < procs; i++) {
            carriers[i] = new Carrier(this, i);
        }
        for (Carrier c : carriers) {
            c.start();
        }
        if (procs > 1) {
            Thread monitor = new Thread(this::monitor, "gojc-sysmon");
            monitor.setDaemon(true);
            monitor.start();
        }
    }

    @Override
    public void execute(Runnable task) {
        Carrier c = submittingCarrier();
        if (c != null) {
            Runnable old = c.runnext.getAndSet(task);
            if (old == null) {
                return;
            }
            task = old;
        }
        queue.add(task);
        wakeIdle();
    }

    private Carrier submittingCarrier() {
        Thread t = Thread.currentThread();
        if (t.isVirtual()) {
            try {
                t = (Thread) CURRENT_CARRIER.invokeExact();
            } catch (Throwable e) {
                return null;
            }
        }
        return t instanceof Carrier c && c.pool == this ? c : null;
    }

    private void wakeIdle() {
        Carrier k = idle.poll();
        if (k != null) {
            k.parked.set(false);
            LockSupport.unpark(k);
        }
    }

    /** The next task for carrier self, or null if there is none anywhere. */
    private Runnable find(Carrier self) {
        Runnable r = self.runnext.getAndSet(null);
        if (r != null) {
            return r;
        }
        r = queue.poll();
        if (r != null) {
            return r;
        }
        int n = carriers.length;
        for (int i = 1; i < n; i++) {
            Carrier k = carriers[(self.index + i) % n];
            if (k.runnext.get() != null) {
                r = k.runnext.getAndSet(null);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private void loop(Carrier self) {
        while (true) {
            Runnable r = find(self);
            if (r != null) {
                r.run();
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
                r.run();
                continue;
            }
            LockSupport.park(this);
        }
    }

    /** Wakes an idle carrier for any slot whose task has waited a whole tick. */
    private void monitor() {
        Runnable[] seen = new Runnable[carriers.length];
        while (true) {
            LockSupport.parkNanos(MONITOR_TICK_NANOS);
            for (int i = 0; i < carriers.length; i++) {
                Runnable r = carriers[i].runnext.get();
                if (r != null && r == seen[i]) {
                    wakeIdle();
                }
                seen[i] = r;
            }
        }
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
        final AtomicBoolean parked = new AtomicBoolean();

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
