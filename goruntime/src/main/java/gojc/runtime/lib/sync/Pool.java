// sync.Pool's runtime side, bound from goruntime/src/main/go/sync/pool.go. gc keeps one private
// slot and one shared chain per P and empties every pool at each collection (after one cycle in a
// victim cache), so a pool never keeps garbage alive. Here a pool is a set of stripes, each a small
// stack under its own lock; a goroutine puts into and gets from the stripe its thread hashes to, and
// steals from the others when that one is empty. The stripes hang from a SoftReference: the
// collector drops the whole cache under memory pressure, as gc's collections drop a Pool's, and a
// later Put starts a new one. Get may thus return any value put earlier, or nothing, as Go allows.
package gojc.runtime.lib.sync;

import java.lang.ref.SoftReference;

final class Pool {
    private static final int STRIPES = Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors()) * 2 - 1) * 2;

    private volatile SoftReference<Stripe[]> cache = new SoftReference<>(null);

    static final class Stripe {
        private Object[] items = new Object[8];
        /** Read without the lock to skip empty stripes when stealing; exact under the lock. */
        private volatile int size;

        synchronized void push(Object x) {
            int n = size;
            if (n == items.length) {
                items = java.util.Arrays.copyOf(items, n * 2);
            }
            items[n] = x;
            size = n + 1;
        }

        synchronized Object pop() {
            int n = size;
            if (n == 0) {
                return null;
            }
            Object x = items[--n];
            items[n] = null;
            size = n;
            return x;
        }
    }

    private static int home() {
        long id = Thread.currentThread().threadId();
        return (int) (id ^ (id >>> 16)) & (STRIPES - 1);
    }

    private Stripe[] stripesForPut() {
        Stripe[] s = cache.get();
        if (s != null) {
            return s;
        }
        synchronized (this) {
            s = cache.get();
            if (s == null) {
                s = new Stripe[STRIPES];
                for (int i = 0; i < s.length; i++) {
                    s[i] = new Stripe();
                }
                cache = new SoftReference<>(s);
            }
            return s;
        }
    }

    static void put(Object p, Object x) {
        ((Pool) p).stripesForPut()[home()].push(x);
    }

    /** A value put earlier, or nil when the pool is (or was emptied by the collector) empty. */
    static Object get(Object p) {
        Stripe[] s = ((Pool) p).cache.get();
        if (s == null) {
            return null;
        }
        int h = home();
        Object x = s[h].pop();
        if (x != null) {
            return x;
        }
        for (int i = 1; i < s.length; i++) {
            Stripe o = s[(h + i) & (s.length - 1)];
            if (o.size > 0 && (x = o.pop()) != null) {
                return x;
            }
        }
        return null;
    }
}
