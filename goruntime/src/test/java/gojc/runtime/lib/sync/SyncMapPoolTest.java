// sync.Map and sync.Pool's runtime side without the compiler: Go key equality, nil values,
// CompareAndSwap against concurrent writers, and a Pool that hands each value out once.
package gojc.runtime.lib.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.runtime.GoString;
import gojc.runtime.box.Int64;
import gojc.runtime.tuple.T_LZ;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncMapPoolTest {
    @Test
    void keysCompareAsGo() {
        Object m = new SyncMap();
        Sync.mapStore(m, GoString.of("k"), 1L);
        Sync.mapStore(m, 0.0, "zero");
        Sync.mapStore(m, 1L, "int");
        Sync.mapStore(m, Int64.valueOf(1), "int64");
        assertEquals(1L, Sync.mapLoad(m, GoString.of("k")).r0);
        assertEquals("zero", Sync.mapLoad(m, -0.0).r0);
        assertEquals("int", Sync.mapLoad(m, 1L).r0);
        assertEquals("int64", Sync.mapLoad(m, Int64.valueOf(1)).r0);
        Sync.mapStore(m, Double.NaN, "a");
        Sync.mapStore(m, Double.NaN, "b");
        assertFalse(Sync.mapLoad(m, Double.NaN).r1);
    }

    @Test
    void nilKeysAndValues() {
        Object m = new SyncMap();
        Sync.mapStore(m, null, null);
        T_LZ r = Sync.mapLoad(m, null);
        assertNull(r.r0);
        assertTrue(r.r1);
        r = Sync.mapLoadAndDelete(m, null);
        assertTrue(r.r1);
        assertFalse(Sync.mapLoad(m, null).r1);
    }

    @Test
    void compareAndSwapCountsUnderContention() throws InterruptedException {
        Object m = new SyncMap();
        Sync.mapStore(m, "n", 0L);
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int j = 0; j < 10_000; j++) {
                    for (;;) {
                        long cur = (Long) Sync.mapLoad(m, "n").r0;
                        if (Sync.mapCompareAndSwap(m, "n", cur, cur + 1)) {
                            break;
                        }
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(40_000L, Sync.mapLoad(m, "n").r0);
        assertFalse(Sync.mapCompareAndDelete(m, "n", 1L));
        assertTrue(Sync.mapCompareAndDelete(m, "n", 40_000L));
    }

    @Test
    void poolHandsEachValueOutOnce() throws InterruptedException {
        Object p = new Pool();
        assertNull(Sync.poolGet(p));
        for (int i = 0; i < 1000; i++) {
            Sync.poolPut(p, i);
        }
        Set<Object> seen = java.util.Collections.synchronizedSet(new HashSet<>());
        AtomicInteger dup = new AtomicInteger();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (Object x; (x = Sync.poolGet(p)) != null;) {
                    if (!seen.add(x)) {
                        dup.incrementAndGet();
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(0, dup.get());
        assertEquals(1000, seen.size());
    }
}
