// Preemption of goroutines that loop without blocking. The JVM cannot suspend a virtual thread
// from outside, so gojc does what gc did before 1.14, at loop granularity: every `for` loop's
// back-edge calls poll(), and the pool's monitor sets `requested` when a carrier has run the same
// goroutine for 10 ms while other goroutines wait for a carrier; the goroutine on that carrier
// then yields to the global run queue.
//
// Reading a volatile flag on every back-edge is a barrier that stops the JIT from unrolling tight
// loops (measured: +40-50% on nested summing loops), and a plain read gets hoisted out of the loop
// once the JIT has turned the never-taken slow path into a trap. So poll() goes through a
// MutableCallSite whose target is the constant false until the first time the monitor needs to
// preempt: compiled loops fold the poll away, at no cost. The first request re-targets the site
// to read the flag, which deoptimizes the code that inlined the constant (the JVM tracks that
// dependency), so a spinning loop drops to the interpreter at its next safepoint and sees it.
// From then on, in programs that actually oversubscribe their carriers, each poll reads the flag.
package gojc.runtime.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MutableCallSite;

public final class Preempt {
    /** Some carrier's goroutine should yield at its next loop back-edge. */
    static volatile boolean requested;

    private static final MutableCallSite SITE = new MutableCallSite(MethodHandles.constant(boolean.class, false));
    private static final MethodHandle POLL = SITE.dynamicInvoker();
    private static boolean armed;

    private Preempt() {}

    /** The back-edge poll: false (a constant) until preemption was first needed. */
    public static boolean poll() {
        try {
            return (boolean) POLL.invokeExact();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** The slow path of the back-edge poll: yields if this goroutine's carrier was asked to. */
    public static void check() {
        CarrierPool.preemptCurrent();
    }

    /** The monitor's request (or its withdrawal); the first request arms the polls. */
    static synchronized void request(boolean on) {
        requested = on;
        if (on && !armed) {
            armed = true;
            // The getter is made here, not at class initialisation: most programs never
            // preempt, and each method handle made costs start-up.
            MethodHandle read;
            try {
                read = MethodHandles.lookup().findStaticGetter(Preempt.class, "requested", boolean.class);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            SITE.setTarget(read);
            MutableCallSite.syncAll(new MutableCallSite[] {SITE});
        }
    }
}
