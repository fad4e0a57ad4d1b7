// sync.Map's runtime side, bound from goruntime/src/main/go/sync/map.go. gc keeps a read-only map
// that loads reach without locking plus a locked dirty map; a ConcurrentHashMap gives the same
// property (get never locks, updates lock one bin) with less machinery. Keys are compared with
// Go's == through Keys.eq/hash, so numbers, strings, structs and interface keys behave as in a Go
// map, and a non-comparable key panics with `hash of unhashable type T` on every operation, as in
// gc. Values are wrapped so that nil can be stored and CompareAndSwap can tell "the entry I read"
// from an equal one stored since.
package gojc.runtime.lib.sync;

import gojc.runtime.map.Keys;
import gojc.runtime.tuple.T_LZ;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

final class SyncMap {
    final ConcurrentHashMap<Key, Val> m = new ConcurrentHashMap<>();

    /** A key under Go's ==; the hash is computed once (and panics for unhashable types). */
    static final class Key {
        final Object k;
        final int h;

        Key(Object k) {
            this.k = k;
            this.h = Keys.hash(k);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && (k == other.k || Keys.eq(k, other.k));
        }

        @Override
        public int hashCode() {
            return h;
        }
    }

    /** A stored value; identity equality, so replace() succeeds only on the very entry read. */
    record Val(Object v) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A weakly consistent walk for Range: sees each key at most once, concurrent updates or not. */
    static final class Iter {
        final Iterator<Map.Entry<Key, Val>> it;
        Object key;
        Object value;

        Iter(Iterator<Map.Entry<Key, Val>> it) {
            this.it = it;
        }
    }

    private static SyncMap of(Object m) {
        return (SyncMap) m;
    }

    static T_LZ load(Object m, Object key) {
        Val v = of(m).m.get(new Key(key));
        return v == null ? new T_LZ(null, false) : new T_LZ(v.v, true);
    }

    static void store(Object m, Object key, Object value) {
        of(m).m.put(new Key(key), new Val(value));
    }

    static T_LZ loadOrStore(Object m, Object key, Object value) {
        ConcurrentHashMap<Key, Val> map = of(m).m;
        Key k = new Key(key);
        Val v = map.get(k);
        if (v == null) {
            v = map.putIfAbsent(k, new Val(value));
            if (v == null) {
                return new T_LZ(value, false);
            }
        }
        return new T_LZ(v.v, true);
    }

    static T_LZ loadAndDelete(Object m, Object key) {
        Val v = of(m).m.remove(new Key(key));
        return v == null ? new T_LZ(null, false) : new T_LZ(v.v, true);
    }

    static void delete(Object m, Object key) {
        of(m).m.remove(new Key(key));
    }

    static T_LZ swap(Object m, Object key, Object value) {
        Val v = of(m).m.put(new Key(key), new Val(value));
        return v == null ? new T_LZ(null, false) : new T_LZ(v.v, true);
    }

    static boolean compareAndSwap(Object m, Object key, Object old, Object value) {
        ConcurrentHashMap<Key, Val> map = of(m).m;
        Key k = new Key(key);
        for (;;) {
            Val cur = map.get(k);
            if (cur == null || !Keys.eq(cur.v, old)) {
                return false;
            }
            if (map.replace(k, cur, new Val(value))) {
                return true;
            }
        }
    }

    static boolean compareAndDelete(Object m, Object key, Object old) {
        ConcurrentHashMap<Key, Val> map = of(m).m;
        Key k = new Key(key);
        for (;;) {
            Val cur = map.get(k);
            if (cur == null || !Keys.eq(cur.v, old)) {
                return false;
            }
            if (map.remove(k, cur)) {
                return true;
            }
        }
    }

    static Object iter(Object m) {
        return new Iter(of(m).m.entrySet().iterator());
    }

    /** Advances the walk: false at its end, else key and value of the next entry are ready. */
    static boolean next(Object o) {
        Iter it = (Iter) o;
        if (!it.it.hasNext()) {
            it.key = it.value = null;
            return false;
        }
        Map.Entry<Key, Val> e = it.it.next();
        it.key = e.getKey().k;
        it.value = e.getValue().v;
        return true;
    }

    static Object iterKey(Object o) {
        return ((Iter) o).key;
    }

    static Object iterValue(Object o) {
        return ((Iter) o).value;
    }
}
