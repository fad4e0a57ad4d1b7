// The blocking core of package sync: a lock-protected count with a FIFO queue of parked
// goroutines, which park through the Scheduler (state "semacquire", as gc 1.19 reports goroutines
// blocked in sync), so the deadlock check sees them. A release hands its permit straight to the
// first waiter; Mutex queues a goroutine that already waited once at the front (gc's lifo
// semacquire), and WaitGroup and Cond use Ticket directly.
package gojc.runtime.lib.sync;

import gojc.runtime.sched.G;
import gojc.runtime.sched.Scheduler;
import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

final class Sema {
    /** A parked goroutine; done is set by whoever releases it. */
    static final class Ticket {
        final G g = Scheduler.current();
        final Thread thread = Thread.currentThread();
        volatile boolean done;

        /** The post-park check is separate from the first one, as in chan.Waiter.await. */
        void await() {
            if (!done) {
                do {
                    Scheduler.park(g, G.State.SYNC, this);
                } while (!done);
            }
            Scheduler.running(g);
        }

        void release() {
            done = true;
            if (g != null) {
                Scheduler.ready(g);
            } else {
                LockSupport.unpark(thread);
            }
        }
    }

    final ReentrantLock lock = new ReentrantLock();
    final ArrayDeque<Ticket> waiters = new ArrayDeque<>();
    long count;

    Sema(long count) {
        this.count = count;
    }

    void acquire() {
        acquire(false);
    }

    void acquire(boolean lifo) {
        lock.lock();
        if (count > 0) {
            count--;
            lock.unlock();
            return;
        }
        Ticket t = new Ticket();
        if (lifo) {
            waiters.addFirst(t);
        } else {
            waiters.addLast(t);
        }
        lock.unlock();
        t.await();
    }

    boolean tryAcquire() {
        lock.lock();
        boolean ok = count > 0;
        if (ok) {
            count--;
        }
        lock.unlock();
        return ok;
    }

    void release() {
        lock.lock();
        Ticket t = waiters.poll();
        if (t == null) {
            count++;
        }
        lock.unlock();
        if (t != null) {
            t.release();
        }
    }
}
