// Global deadlock: every goroutine parked in a Go primitive ends the program with gc's message;
// a goroutine that is woken in time does not.
package gojc.runtime.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.runtime.Exit;
import gojc.runtime.Stderr;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DeadlockTest {
    @Test
    void allAsleepIsFatal() throws InterruptedException {
        BlockingQueue<Integer> codes = new ArrayBlockingQueue<>(4);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<G> parked = new AtomicReference<>();
        AtomicBoolean release = new AtomicBoolean();
        Exit.setAction(codes::add);
        Stderr.redirect(err);
        try {
            Scheduler.go(() -> {
                parked.set(Scheduler.current());
                while (!release.get()) {
                    Scheduler.park(G.State.CHAN_RECEIVE, this);
                }
                Scheduler.running();
            });
            Integer code = codes.poll(10, TimeUnit.SECONDS);
            assertEquals(2, code);
            assertTrue(err.toString().startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine "), err.toString());
            assertTrue(err.toString().contains("[chan receive]:"), err.toString());
        } finally {
            release.set(true);
            if (parked.get() != null) {
                Scheduler.ready(parked.get());
            }
            Stderr.redirect(new FileOutputStream(FileDescriptor.err));
            Exit.setAction(c -> Runtime.getRuntime().halt(c));
        }
    }

    @Test
    void wokenInTimeIsNotDeadlock() throws InterruptedException {
        BlockingQueue<Integer> codes = new ArrayBlockingQueue<>(4);
        Exit.setAction(codes::add);
        try {
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<G> waiter = new AtomicReference<>();
            AtomicBoolean ok = new AtomicBoolean();
            Scheduler.go(() -> {
                waiter.set(Scheduler.current());
                while (!ok.get()) {
                    Scheduler.park(G.State.CHAN_RECEIVE, this);
                }
                Scheduler.running();
                done.countDown();
            });
            Scheduler.go(() -> {
                while (waiter.get() == null || waiter.get().parked == 0) {
                    Thread.yield();
                }
                ok.set(true);
                Scheduler.ready(waiter.get());
            });
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(null, codes.poll(200, TimeUnit.MILLISECONDS));
        } finally {
            Exit.setAction(c -> Runtime.getRuntime().halt(c));
        }
    }
}
