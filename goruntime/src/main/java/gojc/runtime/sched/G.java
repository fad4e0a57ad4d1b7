// A goroutine as the scheduler sees it: Go's id (main is 1) and its state, which the pool keeps
// so it can count goroutines, show states in traces and, later, detect global deadlock.
package gojc.runtime.sched;

public final class G {
    public enum State { RUNNABLE, RUNNING, WAITING, SLEEPING, DEAD }

    final long id;
    volatile State state = State.RUNNABLE;
    volatile Thread thread;

    G(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }

    public State state() {
        return state;
    }

    /** Blocking primitives (channels, select, sleep) record why the goroutine is parked. */
    public void setState(State s) {
        state = s;
    }
}
