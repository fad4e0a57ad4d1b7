// The scheduler: goroutines run on gojc's carrier pool, an unbuffered ping-pong hands off through
// the runnext slots, and many goroutines all run to completion with the live count back at zero.
// main() measures the ping-pong round trip (run it with -Dgojc.scheduler=jdk for the JDK's pool).
package gojc.runtime.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    /** A minimal unbuffered channel of longs for one sender and one receiver: lock, park, unpark. */
    static final class Chan {
        private final ReentrantLock lock = new ReentrantLock();
        private Thread recvWaiter;
        private long recvSlot;
        private boolean recvDone;
        private Thread sendWaiter;
        private long sendSlot;
        private boolean sendTaken;

        void send(long v) {
            lock.lock();
            if (recvWaiter != null) {
                Thread t = recvWaiter;
                recvWaiter = null;
                recvSlot = v;
                recvDone = true;
                lock.unlock();
                LockSupport.unpark(t);
                return;
            }
            sendWaiter = Thread.currentThread();
            sendSlot = v;
            sendTaken = false;
            lock.unlock();
            while (true) {
                LockSupport.park(this);
                lock.lock();
                boolean taken = sendTaken;
                lock.unlock();
                if (taken) {
                    return;
                }
            }
        }

        long recv() {
            lock.lock();
            if (sendWaiter != null) {
                Thread t = sendWaiter;
                sendWaiter = null;
                long v = sendSlot;
                sendTaken = true;
                lock.unlock();
                LockSupport.unpark(t);
                return v;
            }
            recvWaiter = Thread.currentThread();
            recvDone = false;
            lock.unlock();
            while (true) {
                LockSupport.park(this);
                lock.lock();
                if (recvDone) {
                    long v = recvSlot;
                    lock.unlock();
                    return v;
                }
                lock.unlock();
            }
        }
    }

    /** Nanoseconds per round trip of n ping-pongs between two goroutines. */
    static double pingPong(int n) throws InterruptedException {
        Chan ping = new Chan();
        Chan pong = new Chan();
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong sum = new AtomicLong();
        Scheduler.go(() -> {
            for (int i = 0; i < n; i++) {
                pong.send(ping.recv() + 1);
            }
        });
        long t0 = System.nanoTime();
        Scheduler.go(() -> {
            long s = 0;
            for (int i = 0; i < n; i++) {
                ping.send(i);
                s += pong.recv();
            }
            sum.set(s);
            done.countDown();
        });
        assertTrue(done.await(60, TimeUnit.SECONDS));
        long t1 = System.nanoTime();
        assertEquals((long) n * (n - 1) / 2 + n, sum.get());
        return (double) (t1 - t0) / n;
    }

    @Test
    void usesCustomPoolAndPingPongs() throws InterruptedException {
        assertTrue(Scheduler.customPool(), "carrier pool unavailable (--add-opens missing?)");
        pingPong(20_000);
    }

    @Test
    void manyGoroutines() throws InterruptedException {
        int n = 10_000;
        CountDownLatch done = new CountDownLatch(n);
        AtomicLong ids = new AtomicLong();
        for (int i = 0; i < n; i++) {
            Scheduler.go(() -> {
                ids.addAndGet(Scheduler.currentId() > 1 ? 1 : 0);
                LockSupport.parkNanos(1000);
                done.countDown();
            });
        }
        assertTrue(done.await(60, TimeUnit.SECONDS));
        assertEquals(n, ids.get());
        for (int i = 0; i < 1000 && Scheduler.numGoroutine() > 0; i++) {
            Thread.sleep(5);
        }
        assertEquals(0, Scheduler.numGoroutine());
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        pingPong(n / 10);
        System.out.printf("%s: %.0f ns per round trip%n", Scheduler.customPool() ? "gojc pool" : "JDK scheduler", pingPong(n));
    }
}
