// The map table for integer keys of every size and signedness, held as long (codegen widens
// them), in an open-addressing table with linear probing and Fibonacci hashing. When the values
// are integers too (numeric), they are held as long as well, so map[int]int boxes nothing.
// Deleted slots stay tombstones until the table is rebuilt (see GoMap.Iter).
package gojc.runtime.map;

public final class IntMap extends GoMap {
    private final boolean numeric;
    private long[] keys;
    private Object[] vals;
    private long[] nums;
    private byte[] ctrl;
    private int shift;
    private int size;
    private int used;

    private IntMap(int cap, boolean numeric) {
        this.numeric = numeric;
        alloc(cap);
    }

    private void alloc(int cap) {
        keys = new long[cap];
        if (numeric) nums = new long[cap];
        else vals = new Object[cap];
        ctrl = new byte[cap];
        shift = 64 - Integer.numberOfTrailingZeros(cap);
        used = 0;
    }

    /** A map with integer keys; numeric: its values are integers, read with getJ and numAt. */
    public static GoMap make(long hint, boolean numeric) {
        return new IntMap(capFor(hint), numeric);
    }

    @Override int size() {
        return size;
    }

    private int home(long k) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private int find(long k) {
        long[] ks = keys;
        byte[] c = ctrl;
        int mask = c.length - 1;
        for (int i = home(k); ; i = (i + 1) & mask) {
            byte s = c[i];
            if (s == FULL && ks[i] == k) return i;
            if (s == EMPTY) return -1;
        }
    }

    /** The slot of k, claimed for it (in the first deleted slot on its path) when absent. */
    private int slotFor(long k) {
        long[] ks = keys;
        byte[] c = ctrl;
        int mask = c.length - 1;
        int tomb = -1;
        for (int i = home(k); ; i = (i + 1) & mask) {
            byte s = c[i];
            if (s == FULL) {
                if (ks[i] == k) return i;
            } else if (s == DELETED) {
                if (tomb < 0) tomb = i;
            } else {
                if (tomb < 0 && full(used, c.length)) return claim(k);
                if (tomb < 0) {
                    tomb = i;
                    used++;
                }
                c[tomb] = FULL;
                ks[tomb] = k;
                size++;
                return tomb;
            }
        }
    }

    /** The slot of a new key k, rebuilding the table first when it is full. */
    private int claim(long k) {
        if (full(used, ctrl.length)) rebuild();
        byte[] c = ctrl;
        int mask = c.length - 1;
        int i = home(k);
        while (c[i] == FULL) i = (i + 1) & mask;
        if (c[i] == EMPTY) used++;
        c[i] = FULL;
        keys[i] = k;
        size++;
        return i;
    }

    private void rebuild() {
        long[] ok = keys, on = nums;
        Object[] ov = vals;
        byte[] oc = ctrl;
        alloc(grownCap(size, oc.length));
        int mask = ctrl.length - 1;
        for (int j = 0; j < oc.length; j++) {
            if (oc[j] != FULL) continue;
            int i = home(ok[j]);
            while (ctrl[i] != EMPTY) i = (i + 1) & mask;
            ctrl[i] = FULL;
            keys[i] = ok[j];
            if (numeric) nums[i] = on[j];
            else vals[i] = ov[j];
        }
        used = size;
    }

    /** The slot holding k, or -1 (also for a nil map): comma-ok reads then take valAt / numAt. */
    public static int slot(GoMap m, long k) {
        return m == null ? -1 : ((IntMap) m).find(k);
    }

    public static Object valAt(GoMap m, int slot) {
        return ((IntMap) m).vals[slot];
    }

    public static long numAt(GoMap m, int slot) {
        return ((IntMap) m).nums[slot];
    }

    public static Object get(GoMap m, long k, Object zero) {
        if (m == null) return zero;
        IntMap t = (IntMap) m;
        int i = t.find(k);
        return i < 0 ? zero : t.vals[i];
    }

    public static long getJ(GoMap m, long k) {
        if (m == null) return 0;
        IntMap t = (IntMap) m;
        int i = t.find(k);
        return i < 0 ? 0 : t.nums[i];
    }

    public static void put(GoMap m, long k, Object v) {
        if (m == null) throw nilAssign();
        IntMap t = (IntMap) m;
        int i = t.slotFor(k);
        t.vals[i] = v;
    }

    public static void putJ(GoMap m, long k, long v) {
        if (m == null) throw nilAssign();
        IntMap t = (IntMap) m;
        int i = t.slotFor(k);
        t.nums[i] = v;
    }

    /** m[k] += d for numeric maps (also ++ and --): one probe. */
    public static void addJ(GoMap m, long k, long d) {
        if (m == null) throw nilAssign();
        IntMap t = (IntMap) m;
        int i = t.slotFor(k);
        t.nums[i] += d;
    }

    public static void delete(GoMap m, long k) {
        if (m == null) return;
        IntMap t = (IntMap) m;
        int i = t.find(k);
        if (i < 0) return;
        t.ctrl[i] = DELETED;
        // a deleted slot may be claimed again, and addJ adds to what it finds there
        if (t.numeric) t.nums[i] = 0;
        else t.vals[i] = null;
        t.size--;
    }

    public static It iter(GoMap m) {
        return new It((IntMap) m);
    }

    @Override Iter iterator() {
        return new It(this);
    }

    /** A range: keyJ, and value or valueJ, for compiled code; key in interface form for fmt. */
    public static final class It extends Iter {
        private final IntMap m;
        private final long[] keys, nums;
        private final Object[] vals;
        private final byte[] ctrl;
        private final int start;
        private int done;
        private int slot = -1;

        It(IntMap m) {
            this.m = m;
            if (m == null) {
                keys = nums = null;
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

        public long keyJ() {
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
            return keyJ();
        }
    }
}
