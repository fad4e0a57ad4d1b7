// Stackless goroutines (sched.Coroutine) on channels and select, mixed with goroutines on virtual
// threads: many producers and consumers, over unbuffered and buffered channels and through select,
// thousands of small rounds; every value must arrive exactly once and no round may hang (a lost
// wake-up, or one that ran a goroutine twice, shows up as a count off or a timeout). The
// coroutines here are hand-written as codegen lowers a Go loop: resume() continues at pc.
package gojc.runtime.chan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gojc.runtime.sched.Coroutine;
import gojc.runtime.sched.Scheduler;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StacklessChanTest {
    private TestThreadStandIn standIn;

    @BeforeEach
    void standInForTestThread() {
        assumeTrue(Scheduler.customPool(), "stackless goroutines run on gojc's carrier pool");
        standIn = new TestThreadStandIn();
    }

    @AfterEach
    void releaseStandIn() {
        if (standIn != null) {
            standIn.release();
        }
    }

    @Test
    void mixedRoundsConserveValuesThousandsOfTimes() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int round = 0; round < 3000; round++) {
            conserve(round % 3, round % 2 == 1, 4, 3, 50);
            assertTrue(System.nanoTime() < deadline, "3000 rounds within 60 s; stopped at " + round);
        }
    }

    @Test
    void largeRoundsConserveValues() throws Exception {
        for (int cap : new int[] {0, 16}) {
            conserve(cap, false, 8, 8, 5000);
            conserve(cap, true, 8, 8, 5000);
        }
    }

    private static final class Round {
        final Chan a, b;
        final boolean viaSelect;
        final AtomicLong sum = new AtomicLong(), count = new AtomicLong();
        final CountDownLatch produced, consumed;
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Round(int cap, boolean viaSelect, int producers, int consumers) {
            a = Chan.make(cap, 0L);
            b = Chan.make(cap, 0L);
            this.viaSelect = viaSelect;
            produced = new CountDownLatch(producers);
            consumed = new CountDownLatch(consumers);
        }

        /** A received value: false once the channel (a select's case: either) is closed. */
        boolean take(Object v) {
            if (v == Chan.CLOSED) {
                return false;
            }
            sum.addAndGet((Long) v);
            count.incrementAndGet();
            return true;
        }
    }

    /** for i := 1; i <= n; i++ { a <- i } (or a select sending i on a or b), stackless. */
    private static final class Producer extends Coroutine {
        private final Round r;
        private final long n;
        private long i = 1;
        private Select sel;

        Producer(Round r, long n) {
            this.r = r;
            this.n = n;
        }

        @Override
        public void resume() {
            if (pc == 1) {
                if (r.viaSelect) {
                    Stackless.selected(this);
                } else {
                    Stackless.sent(this);
                }
                i++;
            }
            for (; i <= n; i++) {
                boolean done;
                if (r.viaSelect) {
                    sel = new Select(2).send(r.a, i).send(r.b, i);
                    done = Stackless.trySelect(sel, false, this) != Select.SUSPENDED;
                } else {
                    done = Stackless.trySend(r.a, i, this);
                }
                if (!done) {
                    pc = 1;
                    return;
                }
            }
            r.produced.countDown();
        }

        @Override
        public void body() {
            throw new UnsupportedOperationException();
        }
    }

    /** for { v, ok := <-a (or a select on a and b); if !ok { break }; add v }, stackless. */
    private static final class Consumer extends Coroutine {
        private final Round r;
        private Select sel;

        Consumer(Round r) {
            this.r = r;
        }

        @Override
        public void resume() {
            if (pc == 1 && !r.take(finish())) {
                r.consumed.countDown();
                return;
            }
            while (true) {
                Object v;
                if (r.viaSelect) {
                    sel = new Select(2).recv(r.a).recv(r.b);
                    v = Stackless.trySelect(sel, false, this) == Select.SUSPENDED ? Stackless.SUSPENDED : selectedValue();
                } else {
                    v = Stackless.tryRecvOk(r.a, this);
                }
                if (v == Stackless.SUSPENDED) {
                    pc = 1;
                    return;
                }
                if (!r.take(v)) {
                    r.consumed.countDown();
                    return;
                }
            }
        }

        private Object finish() {
            if (r.viaSelect) {
                Stackless.selected(this);
                return selectedValue();
            }
            return Stackless.receivedOk(this);
        }

        private Object selectedValue() {
            return sel.ok() ? sel.value() : Chan.CLOSED;
        }

        @Override
        public void body() {
            throw new UnsupportedOperationException();
        }
    }

    /** Half the producers and consumers are stackless, half run on virtual threads. */
    private static void conserve(int cap, boolean viaSelect, int producers, int consumers, int perProducer)
            throws Exception {
        Round r = new Round(cap, viaSelect, producers, consumers);
        for (int p = 0; p < producers; p++) {
            if (p % 2 == 0) {
                Scheduler.go(new Producer(r, perProducer));
                continue;
            }
            Scheduler.go(() -> {
                try {
                    for (long i = 1; i <= perProducer; i++) {
                        if (viaSelect) {
                            new Select(2).send(r.a, i).send(r.b, i).run(false);
                        } else {
                            Chan.send(r.a, i);
                        }
                    }
                } catch (Throwable t) {
                    r.failure.set(t);
                }
                r.produced.countDown();
            });
        }
        for (int k = 0; k < consumers; k++) {
            if (k % 2 == 0) {
                Scheduler.go(new Consumer(r));
                continue;
            }
            Scheduler.go(() -> {
                try {
                    while (true) {
                        Object v;
                        if (viaSelect) {
                            Select s = new Select(2).recv(r.a).recv(r.b);
                            s.run(false);
                            v = s.ok() ? s.value() : Chan.CLOSED;
                        } else {
                            v = Chan.recvOk(r.a);
                        }
                        if (!r.take(v)) {
                            break;
                        }
                    }
                } catch (Throwable t) {
                    r.failure.set(t);
                }
                r.consumed.countDown();
            });
        }
        assertTrue(r.produced.await(30, TimeUnit.SECONDS), "producers finished");
        Chan.close(r.a);
        Chan.close(r.b);
        assertTrue(r.consumed.await(30, TimeUnit.SECONDS), "consumers finished");
        if (r.failure.get() != null) {
            throw new AssertionError(r.failure.get());
        }
        // consumers of a select may stop at one closed channel while the other still holds values
        long left = 0, leftSum = 0;
        for (Chan c : new Chan[] {r.a, r.b}) {
            for (Object v; (v = Chan.recvOk(c)) != Chan.CLOSED; ) {
                left++;
                leftSum += (Long) v;
            }
        }
        assertEquals((long) producers * perProducer, r.count.get() + left);
        assertEquals((long) producers * perProducer * (perProducer + 1) / 2, r.sum.get() + leftSum);
    }
}
