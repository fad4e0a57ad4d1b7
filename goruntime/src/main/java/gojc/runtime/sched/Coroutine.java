// A stackless goroutine: one whose function blocks only in its own body (channel operations,
// select, the preemption poll), never inside a call it makes, and whose calls all return promptly. Codegen compiles such a function a second
// time as resume(), a method that returns where the goroutine would park, with its locals saved in
// the generated subclass's fields and pc naming the point to continue from. Running it is a plain
// call on a carrier; parking is a return. A virtual thread pays the JDK's freeze and thaw of its
// stack chunk on every park and wake-up (about 435 ns per switch in the concurrent sieve); a
// stackless switch is a queue operation and a call.
//
// Parking races with waking: the waker may complete the operation between the goroutine queueing
// its waiter and resume() returning. So wake() and the runner agree through one word: RUNNING
// while it runs or sits in a run queue, PARKED once the runner saw it suspend, NOTIFIED when a
// waker came first (the runner then resumes it at once instead of parking).
package gojc.runtime.sched;

import gojc.runtime.PanicReport;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public abstract class Coroutine implements Runnable {
    private static final int RUNNING = 0, PARKED = 1, NOTIFIED = 2;

    /** The resume point; 0 at the start. Read and written by the generated resume(). */
    public int pc;
    G g;
    /** Set by an operation that suspends the goroutine: why it waits; RUNNABLE to yield. */
    private G.State suspended;
    /** The operation in flight while suspended (a select), for the channel runtime. */
    public Object pending;
    private volatile int wake;

    private static final VarHandle WAKE;

    static {
        try {
            WAKE = MethodHandles.lookup().findVarHandle(Coroutine.class, "wake", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Runs the goroutine from pc until it suspends (an operation called suspend) or ends. */
    public void resume() {
        throw new IllegalStateException("not compiled stackless");
    }

    /** False when codegen could not compile the function stackless (it has no resume()). */
    public boolean stackless() {
        return true;
    }

    /** The goroutine's function as an ordinary call, for a virtual thread (the JDK's scheduler). */
    public abstract void body();

    public G g() {
        return g;
    }

    /** Called by the operation that queued a waiter for this goroutine, just before resume() returns. */
    public void suspend(G.State reason) {
        suspended = reason;
    }

    /**
     * The back-edge preemption point: true (the goroutine suspends, to the shared queue's tail)
     * if the monitor asked this carrier's goroutine to yield.
     */
    public static boolean preempt(Coroutine co) {
        if (CarrierPool.takePreemptRequest() != null) {
            co.suspended = G.State.RUNNABLE;
            return true;
        }
        return false;
    }

    /** The task a carrier runs: resume until the goroutine parks, yields or ends. */
    @Override
    public final void run() {
        G g = this.g;
        CarrierPool.Carrier carrier = CarrierPool.currentCarrier();
        carrier.coroutine = this;
        try {
            Scheduler.running(g);
            while (true) {
                suspended = null;
                try {
                    resume();
                } catch (Throwable t) {
                    // a panic: never runtime.Goexit, whose package ParkScan does not allow
                    PanicReport.fatal(t, g.id);
                    suspended = null;
                }
                G.State s = suspended;
                if (s == null) {
                    Scheduler.exited(g);
                    return;
                }
                if (s == G.State.RUNNABLE) {
                    CarrierPool.requeue(this);
                    return;
                }
                Scheduler.parked(g, s);
                if (WAKE.compareAndSet(this, RUNNING, PARKED)) {
                    return;
                }
                // a waker completed the operation before we could park: carry on here
                wake = RUNNING;
                Scheduler.running(g);
            }
        } finally {
            carrier.coroutine = null;
        }
    }

    /** Scheduler.ready for a stackless goroutine: runnable again, on the waker's carrier. */
    void wake() {
        while (true) {
            int s = wake;
            if (s == PARKED) {
                if (WAKE.compareAndSet(this, PARKED, RUNNING)) {
                    CarrierPool.submit(this);
                    return;
                }
            } else if (s == NOTIFIED || WAKE.compareAndSet(this, RUNNING, NOTIFIED)) {
                return;
            }
        }
    }
}
