// The map table for string keys (GoString, compared by bytes), in an open-addressing table with
// linear probing. Each slot keeps, besides the key, its hash and length (meta) and its first
// eight bytes (head), so a probe decides keys of up to eight bytes, word counts' usual keys,
// without reaching the key's object or bytes, and longer ones compare bytes only on a match.
// meta 0 marks an empty slot and -1 a deleted one (a live meta stores length + 1, never 0 or
// 0xFFFFFFFF); deleted slots stay until the table is rebuilt (see GoMap.Iter). When the values
// are integers (numeric), they are held as long, so word counts box nothing.
package gojc.runtime.map;

import gojc.runtime.GoString;

public final class StrMap extends GoMap {
    private static final long FREE = 0, GONE = -1;

    private final boolean numeric;
    private GoString[] keys;
    private long[] meta;
    private long[] heads;
    private Object[] vals;
    private long[] nums;
    private int shift;
    private int size;
    private int used;

    private StrMap(int cap, boolean numeric) {
        this.numeric = numeric;
        alloc(cap);
    }

    private void alloc(int cap) {
        keys = new GoString[cap];
        meta = new long[cap];
        heads = new long[cap];
        if (numeric) nums = new long[cap];
        else vals = new Object[cap];
        shift = 32 - Integer.numberOfTrailingZeros(cap);
        used = 0;
    }

    /** A map with string keys; numeric: its values are integers, read with getJ and numAt. */
    public static GoMap make(long hint, boolean numeric) {
        return new StrMap(capFor(hint), numeric);
    }

    @Override int size() {
        return size;
    }

    private static long meta(GoString k) {
        return ((long) k.hashCode() << 32) | (k.len() + 1L);
    }

    /** The first (up to) eight bytes of k, little-endian. */
    private static long head(GoString k) {
        int n = Math.min(k.len(), 8);
        long h = 0;
        for (int i = n - 1; i >= 0; i--) h = (h << 8) | k.byteAt(i);
        return h;
    }

    private int home(long meta) {
        return ((int) (meta >>> 32) * 0x9E3779B9) >>> shift;
    }

    private int find(GoString k) {
        long m = meta(k), h = head(k);
        long[] ms = meta, hs = heads;
        int mask = ms.length - 1;
        boolean shortKey = k.len() <= 8;
        for (int i = home(m); ; i = (i + 1) & mask) {
            long s = ms[i];
            if (s == m && hs[i] == h && (shortKey || GoString.eq(keys[i], k))) return i;
            if (s == FREE) return -1;
        }
    }

    /** The slot of a new key k, rebuilding the table first when it is full. */
    private int claim(GoString k) {
        if (full(used, meta.length)) rebuild();
        long m = meta(k);
        long[] ms = meta;
        int mask = ms.length - 1;
        int i = home(m);
        while (ms[i] != FREE && ms[i] != GONE) i = (i + 1) & mask;
        if (ms[i] == FREE) used++;
        ms[i] = m;
        heads[i] = head(k);
        keys[i] = k;
        size++;
        return i;
    }

    private void rebuild() {
        GoString[] ok = keys;
        long[] om = meta, oh = heads, on = nums;
        Object[] ov = vals;
        alloc(grownCap(size, om.length));
        int mask = meta.length - 1;
        for (int j = 0; j < om.length; j++) {
            if (om[j] == FREE || om[j] == GONE) continue;
            int i = home(om[j]);
            while (meta[i] != FREE) i = (i + 1) & mask;
            meta[i] = om[j];
            heads[i] = oh[j];
            keys[i] = ok[j];
            if (numeric) nums[i] = on[j];
            else vals[i] = ov[j];
        }
        used = size;
    }

    /** The slot holding k, or -1 (also for a nil map): comma-ok reads then take valAt / numAt. */
    public static int slot(GoMap m, GoString k) {
        return m == null ? -1 : ((StrMap) m).find(k);
    }

    public static Object valAt(GoMap m, int slot) {
        return ((StrMap) m).vals[slot];
    }

    public static long numAt(GoMap m, int slot) {
        return ((StrMap) m).nums[slot];
    }

    public static Object get(GoMap m, GoString k, Object zero) {
        if (m == null) return zero;
        StrMap t = (StrMap) m;
        int i = t.find(k);
        return i < 0 ? zero : t.vals[i];
    }

    public static long getJ(GoMap m, GoString k) {
        if (m == null) return 0;
        StrMap t = (StrMap) m;
        int i = t.find(k);
        return i < 0 ? 0 : t.nums[i];
    }

    public static void put(GoMap m, GoString k, Object v) {
        if (m == null) throw nilAssign();
        StrMap t = (StrMap) m;
        int i = t.find(k);
        if (i < 0) i = t.claim(k);
        t.vals[i] = v;
    }

    public static void putJ(GoMap m, GoString k, long v) {
        if (m == null) throw nilAssign();
        StrMap t = (StrMap) m;
        int i = t.find(k);
        if (i < 0) i = t.claim(k);
        t.nums[i] = v;
    }

    /** m[k] += d for numeric maps (also ++ and --): one probe. */
    public static void addJ(GoMap m, GoString k, long d) {
        if (m == null) throw nilAssign();
        StrMap t = (StrMap) m;
        int i = t.find(k);
        if (i < 0) i = t.claim(k);
        t.nums[i] += d;
    }

    public static void delete(GoMap m, GoString k) {
        if (m == null) return;
        StrMap t = (StrMap) m;
        int i = t.find(k);
        if (i < 0) return;
        t.meta[i] = GONE;
        t.keys[i] = null;
        // a deleted slot may be claimed again, and addJ adds to what it finds there
        if (t.numeric) t.nums[i] = 0;
        else t.vals[i] = null;
        t.size--;
    }

    public static It iter(GoMap m) {
        return new It((StrMap) m);
    }

    @Override Iter iterator() {
        return new It(this);
    }

    /** A range: keyS, and value or valueJ, for compiled code; key in interface form for fmt. */
    public static final class It extends Iter {
        private final StrMap m;
        private final GoString[] keys;
        private final long[] meta, nums;
        private final Object[] vals;
        private final int start;
        private int done;
        private int slot = -1;

        It(StrMap m) {
            this.m = m;
            if (m == null) {
                keys = null;
                nums = null;
                vals = null;
                meta = new long[0];
                start = 0;
                return;
            }
            keys = m.keys;
            meta = m.meta;
            nums = m.nums;
            vals = m.vals;
            start = randomStart(meta.length);
        }

        @Override public boolean next() {
            int mask = meta.length - 1;
            while (done < meta.length) {
                int i = (start + done++) & mask;
                long s = meta[i];
                if (s == FREE || s == GONE) continue;
                if (m.meta == meta) {
                    slot = i;
                    return true;
                }
                // the table was rebuilt: the key's entry, if it is still there, lives elsewhere
                int j = m.find(keys[i]);
                if (j >= 0) {
                    slot = -2 - j;
                    return true;
                }
            }
            return false;
        }

        public GoString keyS() {
            return slot >= 0 ? keys[slot] : m.keys[-2 - slot];
        }

        /** The value in interface form (numeric values as Long: fmt reads them by the element kind). */
        @Override public Object value() {
            if (m.numeric) return valueJ();
            return slot >= 0 ? vals[slot] : m.vals[-2 - slot];
        }

        public long valueJ() {
            return slot >= 0 ? nums[slot] : m.nums[-2 - slot];
        }

        @Override public Object key() {
            return keyS();
        }
    }
}
