// A carrier's local run queue: FIFO for its owner, half taken by a thief, half spilled when full,
// and under an owner pushing and polling while thieves steal, every task is taken exactly once.
package gojc.runtime.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class RunQueueTest {
    /** A task that knows its number. */
    record Task(int n) implements Runnable {
        @Override
        public void run() {}
    }

    @Test
    void ownerTakesInOrder() {
        RunQueue q = new RunQueue();
        ConcurrentLinkedQueue<Runnable> overflow = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 10; i++) {
            q.push(new Task(i), overflow);
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(i, ((Task) q.poll()).n());
        }
        assertNull(q.poll());
        assertTrue(q.isEmpty());
        assertTrue(overflow.isEmpty());
    }

    @Test
    void thiefTakesHalfFromTheHead() {
        RunQueue victim = new RunQueue(), thief = new RunQueue();
        ConcurrentLinkedQueue<Runnable> overflow = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 7; i++) {
            victim.push(new Task(i), overflow);
        }
        // 4 of 7 move: the thief runs the last of them and queues the other three
        assertEquals(3, ((Task) victim.stealInto(thief)).n());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, ((Task) thief.poll()).n());
        }
        assertNull(thief.poll());
        for (int i = 4; i < 7; i++) {
            assertEquals(i, ((Task) victim.poll()).n());
        }
        assertNull(victim.stealInto(thief));
    }

    @Test
    void fullRingSpillsHalf() {
        RunQueue q = new RunQueue();
        ConcurrentLinkedQueue<Runnable> overflow = new ConcurrentLinkedQueue<>();
        for (int i = 0; i <= RunQueue.SIZE; i++) {
            q.push(new Task(i), overflow);
        }
        List<Integer> spilled = new ArrayList<>();
        for (Runnable r : overflow) {
            spilled.add(((Task) r).n());
        }
        assertEquals(RunQueue.SIZE / 2 + 1, spilled.size());
        assertEquals(0, spilled.get(0));
        assertEquals(RunQueue.SIZE, spilled.get(spilled.size() - 1));
        assertEquals(RunQueue.SIZE / 2, ((Task) q.poll()).n());
    }

    @Test
    void concurrentStealingLosesAndDuplicatesNothing() throws Exception {
        int tasks = 2_000_000;
        RunQueue owner = new RunQueue();
        ConcurrentLinkedQueue<Runnable> overflow = new ConcurrentLinkedQueue<>();
        AtomicIntegerArray taken = new AtomicIntegerArray(tasks);
        AtomicBoolean done = new AtomicBoolean();
        List<Thread> thieves = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Thread t = new Thread(() -> {
                RunQueue mine = new RunQueue();
                while (!done.get() || !owner.isEmpty()) {
                    Runnable r = owner.stealInto(mine);
                    for (; r != null; r = mine.poll()) {
                        taken.incrementAndGet(((Task) r).n());
                    }
                }
            });
            t.start();
            thieves.add(t);
        }
        for (int i = 0; i < tasks; i++) {
            owner.push(new Task(i), overflow);
            if (i % 3 == 0) {
                Runnable r = owner.poll();
                if (r != null) {
                    taken.incrementAndGet(((Task) r).n());
                }
            }
        }
        done.set(true);
        for (Thread t : thieves) {
            t.join(60_000);
        }
        for (Runnable r; (r = owner.poll()) != null; ) {
            taken.incrementAndGet(((Task) r).n());
        }
        for (Runnable r : overflow) {
            taken.incrementAndGet(((Task) r).n());
        }
        for (int i = 0; i < tasks; i++) {
            assertEquals(1, taken.get(i), "task " + i);
        }
    }

    @Test
    void emptyQueueGivesNothing() {
        RunQueue q = new RunQueue();
        assertNull(q.poll());
        assertNull(q.stealInto(new RunQueue()));
        Task t = new Task(1);
        q.push(t, new ConcurrentLinkedQueue<>());
        assertSame(t, q.stealInto(new RunQueue()));
    }
}
