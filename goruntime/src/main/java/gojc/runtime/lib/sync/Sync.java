// Package sync's runtime side, bound from goruntime/src/main/go/sync/*.go. Each sync value
// holds an `any` field that the Go code fills on first use with one of these Java objects (under
// a global lock, so two goroutines racing on a zero Mutex agree on one); the Go methods then pass
// it to the static functions here. Blocking goes through Sema, which parks via the Scheduler.
// Mutex is gc's barging mutex (Mutex.java); WaitGroup's Add and Done are one atomic add unless
// the count reaches zero with goroutines waiting.
package gojc.runtime.lib.sync;

import gojc.runtime.Exit;
import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.RuntimeError;
import gojc.runtime.Stderr;
import gojc.runtime.Stdout;
import gojc.runtime.ptr.Ptr;
import gojc.runtime.tuple.T_LZ;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

public final class Sync {
    private static final Object INIT = new Object();

    private Sync() {}

    static final class RWState {
        final Sema writer = new Sema(1);
        final Sema readerGate = new Sema(1);
        int readers;
    }

    static final class WaitGroupState {
        final AtomicLong count = new AtomicLong();
        /** Goroutines in Wait; written before Wait re-reads count, read after Add writes it. */
        volatile int waiting;
        final List<Sema.Ticket> waiters = new ArrayList<>();
    }

    static final class CondState {
        final List<Sema.Ticket> waiters = new ArrayList<>();
    }

    /**
     * The runtime object behind *p, made on first use: kind 0 Mutex, 1 RWMutex, 2 WaitGroup, 3 Cond,
     * 4 Map, 5 Pool.
     */
    public static Object state(Ptr p, long kind) {
        synchronized (INIT) {
            Object s = p.getL();
            if (s == null) {
                s = switch ((int) kind) {
                    case 0 -> new Mutex();
                    case 1 -> new RWState();
                    case 2 -> new WaitGroupState();
                    case 3 -> new CondState();
                    case 4 -> new SyncMap();
                    default -> new Pool();
                };
                p.setL(s);
            }
            return s;
        }
    }

    public static void lock(Object m) {
        ((Mutex) m).lock();
    }

    public static boolean tryLock(Object m) {
        return ((Mutex) m).tryLock();
    }

    public static void unlock(Object m) {
        if (!((Mutex) m).unlock()) {
            fatal("sync: unlock of unlocked mutex");
        }
    }

    public static void rlock(Object o) {
        RWState s = (RWState) o;
        s.readerGate.acquire();
        synchronized (s) {
            if (++s.readers == 1) {
                // the first reader holds the writer lock for all readers (released by the last)
                s.readerGate.release();
                s.writer.acquire();
                return;
            }
        }
        s.readerGate.release();
    }

    public static void runlock(Object o) {
        RWState s = (RWState) o;
        boolean last;
        synchronized (s) {
            if (s.readers <= 0) {
                fatal("sync: RUnlock of unlocked RWMutex");
            }
            last = --s.readers == 0;
        }
        if (last) {
            s.writer.release();
        }
    }

    public static void wlock(Object o) {
        RWState s = (RWState) o;
        s.readerGate.acquire();
        s.writer.acquire();
        s.readerGate.release();
    }

    public static void wunlock(Object o) {
        ((RWState) o).writer.release();
    }

    public static void wgAdd(Object o, long delta) {
        WaitGroupState s = (WaitGroupState) o;
        long v = s.count.addAndGet(delta);
        if (v < 0) {
            throw GoPanic.raise(GoString.of("sync: negative WaitGroup counter"));
        }
        if (v > 0 || s.waiting == 0) {
            return;
        }
        List<Sema.Ticket> wake;
        synchronized (s) {
            if (s.count.get() != 0 || s.waiters.isEmpty()) {
                return;
            }
            wake = new ArrayList<>(s.waiters);
            s.waiters.clear();
            s.waiting = 0;
        }
        for (Sema.Ticket t : wake) {
            t.release();
        }
    }

    public static void wgWait(Object o) {
        WaitGroupState s = (WaitGroupState) o;
        if (s.count.get() == 0) {
            return;
        }
        Sema.Ticket t;
        synchronized (s) {
            s.waiting++;
            if (s.count.get() == 0) {
                s.waiting--;
                return;
            }
            t = new Sema.Ticket();
            s.waiters.add(t);
        }
        t.await();
    }

    /** Cond.Wait, first half: queue the goroutine before the caller unlocks c.L. */
    public static Object condEnqueue(Object o) {
        CondState s = (CondState) o;
        Sema.Ticket t = new Sema.Ticket();
        synchronized (s) {
            s.waiters.add(t);
        }
        return t;
    }

    /** Cond.Wait, second half: park until signalled. */
    public static void condAwait(Object t) {
        ((Sema.Ticket) t).await();
    }

    public static void condSignal(Object o, boolean all) {
        CondState s = (CondState) o;
        List<Sema.Ticket> wake = new ArrayList<>();
        synchronized (s) {
            if (s.waiters.isEmpty()) {
                return;
            }
            if (all) {
                wake.addAll(s.waiters);
                s.waiters.clear();
            } else {
                wake.add(s.waiters.remove(0));
            }
        }
        for (Sema.Ticket t : wake) {
            t.release();
        }
    }

    // sync.Map (SyncMap.java) and sync.Pool (Pool.java)

    public static T_LZ mapLoad(Object m, Object key) {
        return SyncMap.load(m, key);
    }

    public static void mapStore(Object m, Object key, Object value) {
        SyncMap.store(m, key, value);
    }

    public static T_LZ mapLoadOrStore(Object m, Object key, Object value) {
        return SyncMap.loadOrStore(m, key, value);
    }

    public static T_LZ mapLoadAndDelete(Object m, Object key) {
        return SyncMap.loadAndDelete(m, key);
    }

    public static void mapDelete(Object m, Object key) {
        SyncMap.delete(m, key);
    }

    public static T_LZ mapSwap(Object m, Object key, Object value) {
        return SyncMap.swap(m, key, value);
    }

    public static boolean mapCompareAndSwap(Object m, Object key, Object old, Object value) {
        return SyncMap.compareAndSwap(m, key, old, value);
    }

    public static boolean mapCompareAndDelete(Object m, Object key, Object old) {
        return SyncMap.compareAndDelete(m, key, old);
    }

    public static Object mapIter(Object m) {
        return SyncMap.iter(m);
    }

    public static boolean mapNext(Object o) {
        return SyncMap.next(o);
    }

    public static Object mapIterKey(Object o) {
        return SyncMap.iterKey(o);
    }

    public static Object mapIterValue(Object o) {
        return SyncMap.iterValue(o);
    }

    public static void poolPut(Object p, Object x) {
        Pool.put(p, x);
    }

    public static Object poolGet(Object p) {
        return Pool.get(p);
    }

    /** gc's unrecoverable runtime throw. */
    private static void fatal(String msg) {
        Stdout.flush();
        Stderr.write("fatal error: " + msg + "\n");
        Exit.exit(2);
        throw GoPanic.raise(RuntimeError.unprefixed(msg));
    }
}
