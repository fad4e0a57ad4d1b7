// The test thread closes channels and waits on latches, invisible to the scheduler; were every
// goroutine parked on a channel meanwhile, the runtime would rightly call it a deadlock and exit.
// A goroutine blocked outside Go's primitives for the test's duration stands for the test thread.
package gojc.runtime.chan;

import gojc.runtime.sched.Scheduler;
import java.util.concurrent.CountDownLatch;

final class TestThreadStandIn {
    private final CountDownLatch testRunning = new CountDownLatch(1);

    /** Starts the stand-in goroutine. */
    TestThreadStandIn() {
        Scheduler.go(() -> {
            try {
                testRunning.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Ends it. */
    void release() {
        testRunning.countDown();
    }
}
