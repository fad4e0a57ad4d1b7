// Channels and select under load: many producers and consumers over unbuffered and buffered
// channels and through select, with every value received exactly once; close semantics; Go's
// panics; and select's uniform choice among ready cases.
package gojc.runtime.chan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.runtime.GoPanic;
import gojc.runtime.sched.Scheduler;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChanTest {
    private static final int PRODUCERS = 8, CONSUMERS = 8, PER_PRODUCER = 2000;

    private TestThreadStandIn standIn;

    @BeforeEach
    void standInForTestThread() {
        standIn = new TestThreadStandIn();
    }

    @AfterEach
    void releaseStandIn() {
        standIn.release();
    }

    @Test
    void unbufferedConservesValues() throws Exception {
        conserve(0, false);
    }

    @Test
    void bufferedConservesValues() throws Exception {
        conserve(16, false);
    }

    @Test
    void selectConservesValues() throws Exception {
        conserve(0, true);
        conserve(3, true);
    }

    /** Producers send 1..N each, consumers sum until close; the sums must match. */
    private void conserve(int cap, boolean viaSelect) throws Exception {
        conserve(cap, viaSelect, PRODUCERS, CONSUMERS, PER_PRODUCER);
    }

    /** Small rounds, many times: lost or doubled wake-ups show up as a count off or a timeout. */
    @Test
    void smallRoundsConserveValuesThousandsOfTimes() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int round = 0; round < 2000; round++) {
            conserve(round % 3, round % 2 == 1, 3, 2, 40);
            assertTrue(System.nanoTime() < deadline, "2000 rounds within 60 s; stopped at " + round);
        }
    }

    private void conserve(int cap, boolean viaSelect, int producers, int consumers, int perProducer)
            throws Exception {
        Chan a = Chan.make(cap, 0L), b = Chan.make(cap, 0L);
        AtomicLong sum = new AtomicLong(), count = new AtomicLong();
        CountDownLatch produced = new CountDownLatch(producers), consumed = new CountDownLatch(consumers);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int p = 0; p < producers; p++) {
            Scheduler.go(() -> {
                try {
                    for (long i = 1; i <= perProducer; i++) {
                        if (viaSelect) {
                            new Select(2).send(a, i).send(b, i).run(false);
                        } else {
                            Chan.send(a, i);
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
                produced.countDown();
            });
        }
        for (int k = 0; k < consumers; k++) {
            Scheduler.go(() -> {
                try {
                    while (true) {
                        Object v;
                        if (viaSelect) {
                            Select s = new Select(2).recv(a).recv(b);
                            s.run(false);
                            if (!s.ok()) {
                                break;
                            }
                            v = s.value();
                        } else {
                            v = Chan.recvOk(a);
                            if (v == Chan.CLOSED) {
                                break;
                            }
                        }
                        sum.addAndGet((Long) v);
                        count.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
                consumed.countDown();
            });
        }
        assertTrue(produced.await(30, TimeUnit.SECONDS));
        Chan.close(a);
        if (viaSelect) {
            // a consumer stops at the first closed case; drain b's buffer, then close it
            Chan.close(b);
        }
        assertTrue(consumed.await(30, TimeUnit.SECONDS));
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        if (!viaSelect) {
            assertEquals((long) producers * perProducer, count.get());
            assertEquals((long) producers * perProducer * (perProducer + 1) / 2, sum.get());
        } else {
            // consumers may stop on a closed channel while values remain buffered in the other
            long left = 0, leftSum = 0;
            for (Chan c : new Chan[] {a, b}) {
                for (Object v; (v = Chan.recvOk(c)) != Chan.CLOSED; ) {
                    left++;
                    leftSum += (Long) v;
                }
            }
            assertEquals((long) producers * perProducer, count.get() + left);
            assertEquals((long) producers * perProducer * (perProducer + 1) / 2, sum.get() + leftSum);
        }
    }

    @Test
    void closeDrainsThenYieldsZero() {
        Chan c = Chan.make(2, "zero");
        Chan.send(c, "x");
        Chan.close(c);
        assertEquals(1, Chan.len(c));
        assertEquals(2, Chan.cap(c));
        assertEquals("x", Chan.recv(c));
        assertEquals("zero", Chan.recv(c));
        assertSame(Chan.CLOSED, Chan.recvOk(c));
    }

    @Test
    void closeWakesParkedReceivers() throws Exception {
        Chan c = Chan.make(0, 0L);
        CountDownLatch done = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            Scheduler.go(() -> {
                if (Chan.recvOk(c) == Chan.CLOSED) {
                    done.countDown();
                }
            });
        }
        Thread.sleep(50);
        Chan.close(c);
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    @Test
    void panicsAsGo() {
        Chan c = Chan.make(1, null);
        Chan.close(c);
        assertEquals("send on closed channel", message(() -> Chan.send(c, 1L)));
        assertEquals("close of closed channel", message(() -> Chan.close(c)));
        assertEquals("close of nil channel", message(() -> Chan.close(null)));
    }

    private static String message(Runnable r) {
        GoPanic p = assertThrows(GoPanic.class, r::run);
        return ((gojc.runtime.RuntimeError) GoPanic.valueOf(p)).Error().toString();
    }

    @Test
    void selectDefaultAndFairness() {
        Chan a = Chan.make(1, null), b = Chan.make(1, null);
        assertEquals(-1, new Select(2).recv(a).recv(b).run(true));
        int[] hits = new int[2];
        for (int i = 0; i < 20000; i++) {
            Chan.offer(a, 1L);
            Chan.offer(b, 2L);
            hits[new Select(2).recv(a).recv(b).run(false)]++;
        }
        // uniform choice: each side within 5% of half
        assertTrue(Math.abs(hits[0] - 10000) < 1000, hits[0] + " vs " + hits[1]);
        assertFalse(new Select(1).recv(null).run(true) != -1);
    }

    @Test
    void unbufferedSelectHandsOff() throws Exception {
        Chan c = Chan.make(0, 0L);
        CountDownLatch done = new CountDownLatch(1);
        Scheduler.go(() -> {
            Select s = new Select(1).recv(c);
            s.run(false);
            if (s.ok() && (Long) s.value() == 42L) {
                done.countDown();
            }
        });
        Thread.sleep(20);
        Chan.send(c, 42L);
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }
}
