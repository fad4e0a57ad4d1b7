// A goroutine as the scheduler sees it: Go's id (main is 1) and its state, which the pool keeps
// so it can count goroutines, show states in traces and detect global deadlock.
package gojc.runtime.sched;

public final class G {
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
    volatile State state = State.RUNNABLE;
    volatile Thread thread;
    /** Counted among the waiting goroutines (between Scheduler.park and ready). */
    final java.util.concurrent.atomic.AtomicBoolean parked = new java.util.concurrent.atomic.AtomicBoolean();

    /** The channel runtime's reusable wait record for plain sends and receives (one at a time). */
    public Object chanWaiter;

    G(long id) {
        this.id = id;
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
