// Go's map (docs/abi.md "Maps"): the one JVM type of every map value, whatever its key type.
// Codegen picks the table at make time from the key type: IntMap for integer keys, StrMap for
// string keys, AnyMap for everything else (keys in interface form, compared with Go's ==). The
// static methods here are AnyMap's entry points; len and the generic iterator (fmt prints maps
// with it) work on every kind. nil is null: reads of a nil map see nothing, writes panic.
package gojc.runtime.map;

import gojc.runtime.GoPanic;
import gojc.runtime.RuntimeError;
import java.util.concurrent.ThreadLocalRandom;

public abstract sealed class GoMap permits AnyMap, IntMap, StrMap {
    /** What lookup returns for a missing key (null is a valid stored value: a nil interface). */
    public static final Object ABSENT = new Object();

    /** Slot states of the tables that keep a control byte per slot. */
    static final byte EMPTY = 0, FULL = 1, DELETED = 2;

    static final int MIN_CAP = 8;

    GoMap() {}

    abstract int size();

    /** A range over this map, from a random start; keys and values in interface form. */
    abstract Iter iterator();

    public static GoMap make(long hint) {
        return new AnyMap(capFor(hint));
    }

    /** The power-of-two table size for a hint, so that hint entries fit below the load limit. */
    static int capFor(long hint) {
        if (hint < 0) throw GoPanic.raise(RuntimeError.plain("makemap: size out of range"));
        long want = Math.min(hint, 1 << 20) * 4 / 3 + 1;
        int cap = MIN_CAP;
        while (cap < want) cap <<= 1;
        return cap;
    }

    /** Whether a table of cap slots with used of them taken (live or deleted) must be rebuilt. */
    static boolean full(int used, int cap) {
        return used + 1 > cap - (cap >>> 2);
    }

    /** The size of a rebuilt table for size live entries: at most half full. */
    static int grownCap(int size, int cap) {
        int c = cap;
        while ((long) (size + 1) * 2 > c) c <<= 1;
        return c;
    }

    static RuntimeException nilAssign() {
        return GoPanic.raise(RuntimeError.unprefixed("assignment to entry in nil map"));
    }

    static int randomStart(int cap) {
        return ThreadLocalRandom.current().nextInt(cap);
    }

    public static long len(GoMap m) {
        return m == null ? 0 : m.size();
    }

    /** The value for k, or zero when absent (k is still checked for hashability, as gc does). */
    public static Object get(GoMap m, Object k, Object zero) {
        int h = Keys.hash(k);
        if (m == null) return zero;
        Object v = ((AnyMap) m).find(k, h);
        return v == ABSENT ? zero : v;
    }

    /** The value for k, or ABSENT. */
    public static Object lookup(GoMap m, Object k) {
        int h = Keys.hash(k);
        if (m == null) return ABSENT;
        return ((AnyMap) m).find(k, h);
    }

    public static void put(GoMap m, Object k, Object v) {
        if (m == null) throw nilAssign();
        ((AnyMap) m).insert(k, Keys.hash(k), v);
    }

    public static void delete(GoMap m, Object k) {
        int h = Keys.hash(k);
        if (m == null) return;
        ((AnyMap) m).remove(k, h);
    }

    public static Iter iter(GoMap m) {
        return m == null ? Iter.NONE : m.iterator();
    }

    /**
     * A range over a map. Each table keeps the arrays it iterates from the start of the range: while
     * the map still uses them, deletions and insertions show through (a deleted entry not yet
     * reached is skipped); once the map has rebuilt its table, each remaining key is looked up again
     * so that deleted entries stay skipped and values are current.
     */
    public abstract static class Iter {
        static final Iter NONE = new Iter() {
            @Override public boolean next() {
                return false;
            }

            @Override public Object key() {
                throw new IllegalStateException();
            }

            @Override public Object value() {
                throw new IllegalStateException();
            }
        };

        public abstract boolean next();

        public abstract Object key();

        public abstract Object value();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("map[");
        Iter it = iterator();
        boolean first = true;
        while (it.next()) {
            if (!first) sb.append(' ');
            first = false;
            sb.append(it.key()).append(':').append(it.value());
        }
        return sb.append(']').toString();
    }
}
