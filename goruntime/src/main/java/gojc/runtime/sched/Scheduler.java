// Starting goroutines: each is a virtual thread on gojc's carrier pool (GOMAXPROCS carriers,
// default the available processors), created through the JDK's package-private
// VirtualThreadBuilder(Executor) constructor, reachable with --add-opens java.base/java.lang.
// Without it the JDK's own scheduler runs goroutines (a debug line under GOJC_DEBUG says so).
// The scheduler numbers goroutines as Go does (main is 1) and counts the live ones.
package gojc.runtime.sched;

import gojc.runtime.PanicReport;
import java.lang.reflect.Constructor;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import gojc.runtime.sched.G.State;

public final class Scheduler {
    private static final AtomicLong NEXT_ID = new AtomicLong(2);
    private static final AtomicInteger LIVE = new AtomicInteger();
    private static boolean poolFailed;

    static {
        // The JDK otherwise adds every virtual thread to a concurrent set for thread dumps: a
        // hash-map insert and removal per goroutine. Effective if no virtual thread started yet.
        if (System.getProperty("jdk.trackAllThreads") == null) {
            System.setProperty("jdk.trackAllThreads", "false");
        }
    }

    private static final Thread.Builder.OfVirtual BUILDER = builder();

    static {
        // A virtual thread's exit path loads a class (the JDK's VirtualThreadEndEvent) that nothing
        // loads before the first virtual thread ends. When a million goroutines park before any
        // has ended, the JIT compiles VirtualThread.run with that path as an unloaded-class trap,
        // and each of them deoptimizes as it ends (measured: 930,000 deoptimizations, 9.4 s of a
        // 13.5 s run). One virtual thread that ends at start-up loads it.
        BUILDER.unstarted(new Runnable() {
            @Override
            public void run() {}
        }).start();
    }

    private Scheduler() {}

    /**
     * runtime.Goexit unwinding a goroutine: an Error, so recover does not stop it, while the
     * deferred calls still run; the scheduler ends the goroutine quietly when it arrives.
     */
    public static final class Goexit extends Error {
        public Goexit() {
            super(null, null, false, false);
        }
    }

    /** The `go` statement. */
    public static void go(Runnable body) {
        start(NEXT_ID.getAndIncrement(), body);
    }

    /** Starts the main goroutine (id 1) and returns its thread. */
    public static Thread startMain(Runnable body) {
        return start(1, body);
    }

    /**
     * The `go` statement of a function compiled stackless: it runs on the carrier pool as a task,
     * or, on the JDK's scheduler or if the lowering gave up, as an ordinary goroutine.
     */
    public static void go(Coroutine co) {
        long id = NEXT_ID.getAndIncrement();
        if (poolFailed || !co.stackless()) {
            start(id, new Runnable() {
                @Override
                public void run() {
                    co.body();
                }
            });
            return;
        }
        G g = new G(id, null);
        g.coroutine = co;
        co.g = g;
        LIVE.incrementAndGet();
        Registry.add(g);
        CarrierPool.submit(co);
    }

    static Thread start(long id, Runnable body) {
        G g = new G(id, body);
        LIVE.incrementAndGet();
        Registry.add(g);
        Thread t = BUILDER.unstarted(g);
        // The goroutine's G rides in the thread's handler field: finding it costs two loads,
        // where a ThreadLocal would cost a map and a weak reference per goroutine.
        t.setUncaughtExceptionHandler(g);
        g.thread = t;
        t.start();
        return t;
    }

    static void run(G g, Runnable body) {
        g.state = G.State.RUNNING;
        try {
            body.run();
        } catch (Goexit e) {
            // runtime.Goexit: the deferred calls ran while it unwound; the goroutine just ends
        } catch (Throwable t) {
            PanicReport.fatal(t, g.id);
        } finally {
            exited(g);
        }
    }

    /** The goroutine g has ended. */
    static void exited(G g) {
        running(g);
        g.state = G.State.DEAD;
        Registry.remove(g);
        LIVE.decrementAndGet();
        checkDeadlock();
    }

    /** The running goroutine, or null on a thread the scheduler did not start. */
    public static G current() {
        Thread t = Thread.currentThread();
        if (t.getUncaughtExceptionHandler() instanceof G g) {
            return g;
        }
        return t instanceof CarrierPool.Carrier c && c.coroutine != null ? c.coroutine.g : null;
    }

    /** The running goroutine's id (0 outside goroutines). */
    public static long currentId() {
        G g = current();
        return g == null ? 0 : g.id;
    }

    /**
     * Parks the running goroutine in a Go primitive (channel, select, sync) until another
     * goroutine calls {@link #ready}. Callers loop around it re-checking their condition, as with
     * LockSupport.park, then call {@link #running}. If every live goroutine waits this way and no
     * timer is pending, nothing can ever wake them: that is Go's fatal deadlock, which the pool
     * checks for when its carriers run out of work.
     */
    public static void park(State reason, Object blocker) {
        park(current(), reason, blocker);
    }

    /** park for a caller that knows its goroutine g (null on a thread the scheduler did not start). */
    public static void park(G g, State reason, Object blocker) {
        if (g == null) {
            LockSupport.park(blocker);
            return;
        }
        parked(g, reason);
        LockSupport.park(blocker);
    }

    /** Counts g among the goroutines waiting in Go primitives, for the deadlock check. */
    static void parked(G g, State reason) {
        g.state = reason;
        if (g.casParked(0, 1)) {
            countWaiting(1);
        }
    }

    /** Ends a park: the goroutine that called {@link #park} continues. */
    public static void ready(G g) {
        // the waker uncounts it, so a goroutine woken but not yet running is not taken for waiting
        if (g.parked != 0 && g.casParked(1, 0)) {
            g.state = State.RUNNABLE;
            countWaiting(-1);
        }
        Coroutine co = g.coroutine;
        if (co != null) {
            co.wake();
        } else {
            LockSupport.unpark(g.thread);
        }
    }

    /** Called by the goroutine itself when it resumes after park returned for good. */
    public static void running() {
        running(current());
    }

    /** running for a caller that knows its goroutine g (null on a thread the scheduler did not start). */
    public static void running(G g) {
        if (g != null) {
            if (g.parked != 0 && g.casParked(1, 0)) {
                countWaiting(-1);
            }
            g.state = State.RUNNING;
        }
    }

    /**
     * Counts goroutines waiting in Go primitives. On gojc's pool each carrier keeps its own count,
     * a plain field that only code running on that carrier writes: a shared atomic counter is a
     * contended cache line touched twice per channel hand-off. A goroutine may park on one carrier
     * and be woken from another; only the sum means anything. Off the pool (a timer thread, the
     * JDK's scheduler) one atomic counter serves, and on the JDK's scheduler each park checks it.
     */
    private static void countWaiting(int delta) {
        CarrierPool.Carrier c = CarrierPool.currentCarrier();
        if (c != null) {
            c.waiting += delta;
        } else if (JDK_WAITING.addAndGet(delta) == LIVE.get() && delta > 0) {
            checkDeadlock();
        }
    }

    private static final AtomicInteger JDK_WAITING = new AtomicInteger();

    static int waitingCount() {
        return CarrierPool.waitingOnCarriers() + JDK_WAITING.get();
    }

    /** Starts the deadlock check if every live goroutine now waits and no timer is pending. */
    static void checkDeadlock() {
        int live = LIVE.get();
        if (live > 0 && TIMERS.get() == 0 && waitingCount() == live) {
            Deadlock.suspect();
        }
    }

    private static final AtomicInteger TIMERS = new AtomicInteger();

    /**
     * A timer (time.After, NewTimer, AfterFunc, Ticker) is pending: while one is, goroutines
     * waiting on its channel are not deadlocked, since the timer will wake them.
     */
    public static void timerStarted() {
        TIMERS.incrementAndGet();
    }

    /** A pending timer fired or was stopped; the deadlock check runs again if all now wait. */
    public static void timerEnded() {
        if (TIMERS.decrementAndGet() == 0) {
            checkDeadlock();
        }
    }

    static int pendingTimers() {
        return TIMERS.get();
    }

    /** Waits until every goroutine has ended. */
    public static void awaitAll() throws InterruptedException {
        for (java.util.List<G> live = Registry.snapshot(); !live.isEmpty(); live = Registry.snapshot()) {
            for (G g : live) {
                Thread t = g.thread;
                if (t != null) t.join();
                else Thread.sleep(1);
            }
        }
    }

    static java.util.List<G> all() {
        return Registry.snapshot();
    }

    /** runtime.NumGoroutine. */
    public static int numGoroutine() {
        return LIVE.get();
    }

    /** True when goroutines run on gojc's pool rather than the JDK's default scheduler. */
    public static boolean customPool() {
        return !poolFailed;
    }

    /** runtime.GOMAXPROCS: sets the number of carriers running goroutines if n > 0; the previous one. */
    public static int gomaxprocs(int n) {
        int old = CarrierPool.gomaxprocs(n);
        return old > 0 ? old : procs();
    }

    /** runtime.Gosched: the goroutine yields its carrier to the goroutines waiting for one. */
    public static void gosched() {
        CarrierPool.gosched();
    }

    /** The carrier count: GOMAXPROCS from the environment, else the available processors. */
    public static int procs() {
        String env = System.getenv("GOMAXPROCS");
        if (env != null) {
            try {
                int n = Integer.parseInt(env.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // gc ignores a malformed GOMAXPROCS too
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    private static Thread.Builder.OfVirtual builder() {
        if (!"jdk".equals(System.getProperty("gojc.scheduler"))) {
            try {
                Class<?> c = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
                Constructor<?> k = c.getDeclaredConstructor(Executor.class);
                k.setAccessible(true);
                Executor pool = new CarrierPool(procs());
                return (Thread.Builder.OfVirtual) k.newInstance(pool);
            } catch (ReflectiveOperationException | RuntimeException e) {
                if (System.getenv("GOJC_DEBUG") != null) {
                    System.err.println("gojc: using the JDK's virtual-thread scheduler (" + e + ")");
                }
            }
        }
        poolFailed = true;
        return Thread.ofVirtual();
    }
}
