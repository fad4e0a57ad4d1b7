// A channel's FIFO queue of waiting senders or receivers (gc's waitq), intrusive through
// Waiter.next/prev so that enqueueing allocates nothing and a select can unlink its waiters
// from the middle. Guarded by the channel's lock.
package gojc.runtime.chan;

final class WaitQueue {
    private Waiter first;
    private Waiter last;

    void enqueue(Waiter w) {
        w.next = null;
        w.prev = last;
        if (last == null) {
            first = w;
        } else {
            last.next = w;
        }
        last = w;
    }

    /** No waiter queued (possibly stale when read without the channel's lock). */
    boolean isEmpty() {
        return first == null;
    }

    /** The first waiter that can still be claimed, unlinked; null if none. */
    Waiter dequeue() {
        while (first != null) {
            Waiter w = first;
            unlink(w);
            if (w.claim()) {
                return w;
            }
        }
        return null;
    }

    void remove(Waiter w) {
        if (w.prev != null || first == w) {
            unlink(w);
        }
    }

    private void unlink(Waiter w) {
        Waiter p = w.prev, n = w.next;
        if (p == null) {
            first = n;
        } else {
            p.next = n;
        }
        if (n == null) {
            last = p;
        } else {
            n.prev = p;
        }
        w.next = w.prev = null;
    }
}
