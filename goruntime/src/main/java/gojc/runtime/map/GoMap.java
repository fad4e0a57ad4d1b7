// Go's map: keys and values are stored in interface form (docs/abi.md), compared with Go's ==
// (Keys). nil is null: reads of a nil map see nothing, writes panic. Iteration starts at a random
// position per range, as gc's does, and tolerates deletion and insertion during the range as the
// spec allows: a deleted entry not yet reached is not produced; an inserted one may or may not be.
package gojc.runtime.map;

import gojc.runtime.GoPanic;
import gojc.runtime.RuntimeError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

public final class GoMap {
    /** What lookup returns for a missing key (null is a valid stored value: a nil interface). */
    public static final Object ABSENT = new Object();

    private final HashMap<Key, Entry> entries;

    private GoMap(int hint) {
        entries = new HashMap<>(Math.max(hint, 0));
    }

    private record Key(Object k, int hash) {
        @Override public boolean equals(Object o) {
            return o instanceof Key other && Keys.eq(k, other.k);
        }

        @Override public int hashCode() {
            return hash;
        }
    }

    /** An entry keeps its original key object: Go keeps the first key (+0 vs -0). */
    private static final class Entry {
        final Object key;
        Object value;
        boolean deleted;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    private static Key key(Object k) {
        return new Key(k, Keys.hash(k));
    }

    public static GoMap make(long hint) {
        if (hint < 0) throw GoPanic.raise(RuntimeError.plain("makemap: size out of range"));
        return new GoMap((int) Math.min(hint, 1 << 20));
    }

    public static long len(GoMap m) {
        return m == null ? 0 : m.entries.size();
    }

    /** The value for k, or zero when absent (k is still checked for hashability, as gc does). */
    public static Object get(GoMap m, Object k, Object zero) {
        Key key = key(k);
        if (m == null) return zero;
        Entry e = m.entries.get(key);
        return e == null ? zero : e.value;
    }

    /** The value for k, or ABSENT. */
    public static Object lookup(GoMap m, Object k) {
        Key key = key(k);
        if (m == null) return ABSENT;
        Entry e = m.entries.get(key);
        return e == null ? ABSENT : e.value;
    }

    public static void put(GoMap m, Object k, Object v) {
        if (m == null) throw GoPanic.raise(RuntimeError.unprefixed("assignment to entry in nil map"));
        Key key = key(k);
        Entry e = m.entries.get(key);
        if (e != null) e.value = v;
        else m.entries.put(key, new Entry(k, v));
    }

    public static void delete(GoMap m, Object k) {
        Key key = key(k);
        if (m == null) return;
        Entry e = m.entries.remove(key);
        if (e != null) e.deleted = true;
    }

    public static Iter iter(GoMap m) {
        return new Iter(m);
    }

    /** A range over a map: a snapshot of the entries, visited from a random start. */
    public static final class Iter {
        private final Entry[] snapshot;
        private final int start;
        private int done;
        private Entry cur;

        Iter(GoMap m) {
            snapshot = m == null ? new Entry[0] : m.entries.values().toArray(new Entry[0]);
            start = snapshot.length == 0 ? 0 : ThreadLocalRandom.current().nextInt(snapshot.length);
        }

        public boolean next() {
            while (done < snapshot.length) {
                Entry e = snapshot[(start + done++) % snapshot.length];
                if (!e.deleted) {
                    cur = e;
                    return true;
                }
            }
            return false;
        }

        public Object key() {
            return cur.key;
        }

        public Object value() {
            return cur.value;
        }
    }

    @Override
    public String toString() {
        Map<Object, Object> m = new HashMap<>();
        for (Entry e : new ArrayList<>(entries.values())) m.put(e.key, e.value);
        return "map" + m;
    }
}
