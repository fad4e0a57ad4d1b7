// Preemption of goroutines that loop without blocking. The JVM cannot suspend a virtual thread
// from outside, so gojc does what gc did before 1.14, at loop granularity: every `for` loop's
// back-edge reads `requested`, and the pool's monitor sets it when a carrier has run the same
// goroutine for PREEMPT_NANOS while other goroutines wait for a carrier. The goroutine on that
// carrier then yields to the global run queue. The poll reads the volatile flag only every
// POLL_EVERY iterations, counted in a local: a volatile read on every back-edge is a barrier that
// stops the JIT from unrolling and scheduling tight loops (measured 40% on a nested summing loop),
// and a plain field read is no answer, since the JIT turns the never-taken slow path into a trap
// and then hoists the read out of the loop, so a spinning loop never sees the flag.
package gojc.runtime.sched;

public final class Preempt {
    /** Some carrier's goroutine should yield at its next loop back-edge. */
    public static volatile boolean requested;
    private static final java.lang.invoke.VarHandle REQUESTED;

    static {
        try {
            REQUESTED = java.lang.invoke.MethodHandles.lookup().findStaticVarHandle(Preempt.class, "requested", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The back-edge poll: an opaque read, eventually seen, without an acquire barrier. */
    public static boolean poll() {
        return (boolean) REQUESTED.getOpaque();
    }

    /** Loop iterations between two reads of the flag (a power of two; codegen masks with it). */
    public static final int POLL_EVERY = 1024;

    private Preempt() {}

    /** The slow path of the back-edge poll: yields if this goroutine's carrier was asked to. */
    public static void check() {
        CarrierPool.preemptCurrent();
    }
}
