// The map table for string keys (GoString, compared by bytes), in an open-addressing table with
// linear probing; each slot keeps its key's hash so probes compare bytes only on a hash match.
// When the values are integers (numeric), they are held as long, so word counts box nothing.
// Deleted slots stay tombstones until the table is rebuilt (see GoMap.Iter).
package gojc.runtime.map;

import gojc.runtime.GoString;

public final class StrMap extends GoMap {
    private final boolean numeric;
    private GoString[] keys;
    private int[] hashes;
    private Object[] vals;
    private long[] nums;
    private byte[] ctrl;
    private int shift;
    private int size;
    private int used;

    private StrMap(int cap, boolean numeric) {
        this.numeric = numeric;
        alloc(cap);
    }

    private void alloc(int cap) {
        keys = new GoString[cap];
        hashes = new int[cap];
        if (numeric) nums = new long[cap];
        else vals = new Object[cap];
        ctrl = new byte[cap];
        shift = 64 - Integer.numberOfTrailingZeros(cap);
        used = 0;
    }

    /** A map with string keys; numeric: its values are integers, read with getJ and numAt. */
    public static GoMap make(long hint, boolean numeric) {
        return new StrMap(capFor(hint), numeric);
    }

    @Override int size() {
        return size;
    }

    private int home(int h) {
        return (h * 0x9E3779B9) >>> (shift - 32);
    }

    private int find(GoString k) {
        int h = k.hashCode();
        GoString[] ks = keys;
        int[] hs = hashes;
        byte[] c = ctrl;
        int mask = c.length - 1;
        for (int i = home(h); ; i = (i + 1) & mask) {
            byte s = c[i];
            if (s == FULL && hs[i] == h && GoString.eq(ks[i], k)) return i;
            if (s == EMPTY) return -1;
        }
    }

    /** The slot of a new key k, rebuilding the table first when it is full. */
    private int claim(GoString k) {
        if (full(used, ctrl.length)) rebuild();
        byte[] c = ctrl;
        int mask = c.length - 1;
        int h = k.hashCode();
        int i = home(h);
        while (c[i] == FULL) i = (i + 1) & mask;
        if (c[i] == EMPTY) used++;
        c[i] = FULL;
        keys[i] = k;
        hashes[i] = h;
        size++;
        return i;
    }

    private void rebuild() {
        GoString[] ok = keys;
        int[] oh = hashes;
        long[] on = nums;
        Object[] ov = vals;
        byte[] oc = ctrl;
        alloc(grownCap(size, oc.length));
        int mask = ctrl.length - 1;
        for (int j = 0; j < oc.length; j++) {
            if (oc[j] != FULL) continue;
            int i = home(oh[j]);
            while (ctrl[i] != EMPTY) i = (i + 1) & mask;
            ctrl[i] = FULL;
            keys[i] = ok[j];
            hashes[i] = oh[j];
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
        t.ctrl[i] = DELETED;
        t.keys[i] = null;
        if (!t.numeric) t.vals[i] = null;
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
        private final long[] nums;
        private final Object[] vals;
        private final byte[] ctrl;
        private final int start;
        private int done;
        private int slot = -1;

        It(StrMap m) {
            this.m = m;
            if (m == null) {
                keys = null;
                nums = null;
                vals = null;
                ctrl = new byte[0];
                start = 0;
                return;
            }
            keys = m.keys;
            nums = m.nums;
            vals = m.vals;
            ctrl = m.ctrl;
            start = randomStart(ctrl.length);
        }

        @Override public boolean next() {
            int mask = ctrl.length - 1;
            while (done < ctrl.length) {
                int i = (start + done++) & mask;
                if (ctrl[i] != FULL) continue;
                if (m.ctrl == ctrl) {
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
