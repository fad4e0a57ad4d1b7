// A goroutine as the scheduler sees it: Go's id (main is 1) and its state, which the pool keeps
// so it can count goroutines, show states in traces and detect global deadlock. It is the
// goroutine thread's Runnable and its uncaught-exception handler, which is how a goroutine
// finds its G (Scheduler.current).
package gojc.runtime.sched;

public final class G implements Runnable, Thread.UncaughtExceptionHandler {
    /** Go's wait reasons that matter to gojc; WAITING states block in a Go primitive. */
    public enum State {
        RUNNABLE("runnable"), RUNNING("running"), SLEEPING("sleep"), CHAN_RECEIVE("chan receive"),
        CHAN_SEND("chan send"), CHAN_RECEIVE_NIL("chan receive (nil chan)"), CHAN_SEND_NIL("chan send (nil chan)"),
        SELECT("select"), SELECT_NO_CASES("select (no cases)"), SYNC("semacquire"), DEAD("dead");

        private final String text;

        State(String text) {
            this.text = text;
        }

        /** The word gc prints in "goroutine N [...]:". */
        public String text() {
            return text;
        }

        /** Blocked in a Go primitive that only another goroutine can release. */
        public boolean waiting() {
            return ordinal() >= CHAN_RECEIVE.ordinal() && this != DEAD;
        }
    }

    final long id;
    /**
     * Written by the goroutine itself on every park and wake-up, so a plain field: a volatile store
     * is a full fence on x86, three per channel hand-off. Its readers (the deadlock check, the
     * goroutine list) read it racily and the deadlock check confirms over 60 ms.
     */
    State state = State.RUNNABLE;
    volatile Thread thread;
    /** Set instead of thread for a stackless goroutine. */
    Coroutine coroutine;
    /** 1 while counted among the waiting goroutines (between Scheduler.park and ready). */
    volatile int parked;
    /** This goroutine's place in the registry of live goroutines (Registry), under its stripe's lock. */
    int slot;

    /** The channel runtime's reusable wait record for plain sends and receives (one at a time). */
    public Object chanWaiter;

    private static final java.lang.invoke.VarHandle PARKED;

    static {
        try {
            PARKED = java.lang.invoke.MethodHandles.lookup().findVarHandle(G.class, "parked", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    boolean casParked(int from, int to) {
        return PARKED.compareAndSet(this, from, to);
    }

    /** The goroutine's function, until it starts. */
    private Runnable body;

    G(long id, Runnable body) {
        this.id = id;
        this.body = body;
    }

    /** The goroutine's virtual thread runs this. */
    @Override
    public void run() {
        Runnable b = body;
        body = null;
        Scheduler.run(this, b);
    }

    /** Scheduler.run catches everything; this only guards the scheduler's own code. */
    @Override
    public void uncaughtException(Thread t, Throwable e) {
        gojc.runtime.PanicReport.fatal(e, id);
    }

    public long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Thread thread() {
        return thread;
    }

    /** Records a state that does not take part in deadlock detection (running, sleeping). */
    public void setState(State s) {
        state = s;
    }
}
