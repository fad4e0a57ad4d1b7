// The channel operations of stackless goroutines (sched.Coroutine): each completes at once if it
// can, else queues the goroutine's waiter exactly as the blocking operation would, marks the
// goroutine suspended and answers so; the generated code then saves its state and returns. When
// the goroutine resumes at that point, the second method of each pair finishes the operation
// from the waiter a partner completed.
package gojc.runtime.chan;

import gojc.runtime.sched.Coroutine;
import gojc.runtime.sched.G;

public final class Stackless {
    /** What tryRecv and tryRecvOk answer when the goroutine suspended. */
    public static final Object SUSPENDED = new Object();

    private Stackless() {}

    /** ch <- v: true if done, false if co suspended. */
    public static boolean trySend(Chan c, Object v, Coroutine co) {
        if (c == null) {
            co.suspend(G.State.CHAN_SEND_NIL);
            return false;
        }
        if (c.sendOrQueue(v, co) == null) {
            return true;
        }
        co.suspend(G.State.CHAN_SEND);
        return false;
    }

    /** After a suspended send: panics if a close, not a receiver, woke it. */
    public static void sent(Coroutine co) {
        Chan.sent((Waiter) co.g().chanWaiter);
    }

    /** v, ok := <-ch: the value, CLOSED, or SUSPENDED. */
    public static Object tryRecvOk(Chan c, Coroutine co) {
        if (c == null) {
            co.suspend(G.State.CHAN_RECEIVE_NIL);
            return SUSPENDED;
        }
        Object v = c.recvOrQueue(co);
        if (v instanceof Waiter) {
            co.suspend(G.State.CHAN_RECEIVE);
            return SUSPENDED;
        }
        return v;
    }

    /** <-ch: the value (the zero value once closed), or SUSPENDED. */
    public static Object tryRecv(Chan c, Coroutine co) {
        Object v = tryRecvOk(c, co);
        return v == Chan.CLOSED ? c.zero : v;
    }

    /** After a suspended v, ok := <-ch: the value, or CLOSED. */
    public static Object receivedOk(Coroutine co) {
        Waiter w = (Waiter) co.g().chanWaiter;
        Object v = w.elem;
        w.elem = null;
        return v;
    }

    /** After a suspended <-ch: the value, or the zero value once closed. */
    public static Object received(Coroutine co) {
        Waiter w = (Waiter) co.g().chanWaiter;
        Object v = w.elem;
        w.elem = null;
        return v == Chan.CLOSED ? w.chan.zero : v;
    }

    /** select: the case that ran, -1 for default, or Select.SUSPENDED. */
    public static int trySelect(Select s, boolean hasDefault, Coroutine co) {
        return s.run(hasDefault, co);
    }

    /** After a suspended select: the case that ran. */
    public static int selected(Coroutine co) {
        Select s = (Select) co.pending;
        co.pending = null;
        return s.resumed();
    }
}
