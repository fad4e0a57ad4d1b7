// The state a select's waiters share: the first waker to claim it decides which case ran; the
// others skip those waiters, which the selecting goroutine removes from their queues itself.
package gojc.runtime.chan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

final class Selection {
    private static final VarHandle WINNER;

    static {
        try {
            WINNER = MethodHandles.lookup().findVarHandle(Selection.class, "winner", Waiter.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused")
    private volatile Waiter winner;

    boolean claim(Waiter w) {
        return WINNER.compareAndSet(this, (Waiter) null, w);
    }

    Waiter winner() {
        return winner;
    }
}
