// sync.Mutex as gc implements it (sync/mutex.go): one atomic state word holds the locked bit,
// a woken bit, a starving bit and the waiter count. Lock is a single CAS when the mutex is free;
// a contended Lock spins briefly while the holder runs, then queues on a semaphore. A woken
// waiter competes with newly arriving goroutines (which usually win: they are already running),
// so a goroutine that unlocks and relocks keeps its carrier instead of handing off at every
// step. A waiter that has waited over 1 ms switches the mutex to starvation mode, where Unlock
// hands ownership straight to the first waiter and newcomers queue behind it.
package gojc.runtime.lib.sync;

import gojc.runtime.sched.Scheduler;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

final class Mutex {
    private static final int LOCKED = 1;
    private static final int WOKEN = 2;
    private static final int STARVING = 4;
    private static final int WAITER_SHIFT = 3;
    private static final int WAITER = 1 << WAITER_SHIFT;
    private static final long STARVATION_NANOS = 1_000_000;
    private static final int SPIN_ROUNDS = 4;
    private static final int SPINS_PER_ROUND = 30;
    private static final boolean MULTICORE = Runtime.getRuntime().availableProcessors() > 1;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Mutex.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int state;
    private final Sema sema = new Sema(0);

    void lock() {
        if (!STATE.compareAndSet(this, 0, LOCKED)) {
            lockSlow();
        }
    }

    boolean tryLock() {
        int old = state;
        return (old & (LOCKED | STARVING)) == 0 && STATE.compareAndSet(this, old, old | LOCKED);
    }

    private void lockSlow() {
        long waitStart = 0;
        boolean starving = false;
        boolean awoke = false;
        int iter = 0;
        int old = state;
        while (true) {
            // Spin only while the holder runs and the mutex is not being handed to a waiter.
            if ((old & (LOCKED | STARVING)) == LOCKED && canSpin(iter)) {
                if (!awoke && (old & WOKEN) == 0 && old >>> WAITER_SHIFT != 0
                        && STATE.compareAndSet(this, old, old | WOKEN)) {
                    awoke = true; // tells Unlock not to wake another waiter while we spin
                }
                for (int i = 0; i < SPINS_PER_ROUND; i++) {
                    Thread.onSpinWait();
                }
                iter++;
                old = state;
                continue;
            }
            int nu = old;
            if ((old & STARVING) == 0) {
                nu |= LOCKED; // a starving mutex belongs to the waiters: do not barge
            }
            if ((old & (LOCKED | STARVING)) != 0) {
                nu += WAITER;
            }
            if (starving && (old & LOCKED) != 0) {
                nu |= STARVING;
            }
            if (awoke) {
                nu &= ~WOKEN;
            }
            if (STATE.compareAndSet(this, old, nu)) {
                if ((old & (LOCKED | STARVING)) == 0) {
                    return; // locked it
                }
                boolean lifo = waitStart != 0;
                if (waitStart == 0) {
                    waitStart = System.nanoTime();
                }
                sema.acquire(lifo);
                starving = starving || System.nanoTime() - waitStart > STARVATION_NANOS;
                old = state;
                if ((old & STARVING) != 0) {
                    // Ownership was handed to us: the lock bit is ours, one waiter fewer.
                    int delta = LOCKED - WAITER;
                    if (!starving || old >>> WAITER_SHIFT == 1) {
                        delta -= STARVING; // last waiter, or waited little: leave starvation mode
                    }
                    STATE.getAndAdd(this, delta);
                    return;
                }
                awoke = true;
                iter = 0;
            } else {
                old = state;
            }
        }
    }

    private static boolean canSpin(int iter) {
        return iter < SPIN_ROUNDS && MULTICORE && Scheduler.customPool();
    }

    /** Unlock; false if the mutex was not locked (a fatal error the caller reports). */
    boolean unlock() {
        int nu = (int) STATE.getAndAdd(this, -LOCKED) - LOCKED;
        if (nu == 0) {
            return true;
        }
        if (((nu + LOCKED) & LOCKED) == 0) {
            STATE.getAndAdd(this, LOCKED);
            return false;
        }
        if ((nu & STARVING) != 0) {
            sema.release(); // hand-off: the first waiter owns the mutex now
            return true;
        }
        int old = nu;
        while (true) {
            // Nobody to wake, or a goroutine already took the lock or is awake to take it.
            if (old >>> WAITER_SHIFT == 0 || (old & (LOCKED | WOKEN | STARVING)) != 0) {
                return true;
            }
            nu = (old - WAITER) | WOKEN;
            if (STATE.compareAndSet(this, old, nu)) {
                sema.release();
                return true;
            }
            old = state;
        }
    }
}
