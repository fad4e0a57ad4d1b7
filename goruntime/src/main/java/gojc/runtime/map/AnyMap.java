// The map table for keys without a specialised table (structs, arrays, interfaces, floats, bools,
// pointers, channels): keys in interface form, hashed and compared with Go's == (Keys), in an
// open-addressing table with linear probing. Deleted slots stay tombstones until the table is
// rebuilt, so a range in progress never sees entries move (GoMap.Iter).
package gojc.runtime.map;

final class AnyMap extends GoMap {
    private Object[] keys;
    private Object[] vals;
    private int[] hashes;
    private byte[] ctrl;
    private int size;
    private int used;

    AnyMap(int cap) {
        alloc(cap);
    }

    private void alloc(int cap) {
        keys = new Object[cap];
        vals = new Object[cap];
        hashes = new int[cap];
        ctrl = new byte[cap];
        used = 0;
    }

    /** Spreads a Java hashCode over the table index bits. */
    static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    @Override int size() {
        return size;
    }

    private int slot(Object k, int h) {
        byte[] c = ctrl;
        int mask = c.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            byte s = c[i];
            if (s == EMPTY) return -1;
            if (s == FULL && hashes[i] == h && Keys.eq(keys[i], k)) return i;
        }
    }

    Object find(Object k, int h) {
        int i = slot(k, h);
        return i < 0 ? ABSENT : vals[i];
    }

    void insert(Object k, int h, Object v) {
        int i = slot(k, h);
        if (i >= 0) {
            keys[i] = k; // gc stores the new key too: m[-0.0] after m[+0.0] leaves the key -0
            vals[i] = v;
            return;
        }
        if (full(used, ctrl.length)) rebuild();
        byte[] c = ctrl;
        int mask = c.length - 1;
        i = spread(h) & mask;
        while (c[i] == FULL) i = (i + 1) & mask;
        if (c[i] == EMPTY) used++;
        c[i] = FULL;
        keys[i] = k;
        hashes[i] = h;
        vals[i] = v;
        size++;
    }

    void remove(Object k, int h) {
        int i = slot(k, h);
        if (i < 0) return;
        ctrl[i] = DELETED;
        keys[i] = null;
        vals[i] = null;
        size--;
    }

    private void rebuild() {
        Object[] ok = keys, ov = vals;
        int[] oh = hashes;
        byte[] oc = ctrl;
        alloc(grownCap(size, oc.length));
        int mask = ctrl.length - 1;
        for (int j = 0; j < oc.length; j++) {
            if (oc[j] != FULL) continue;
            int i = spread(oh[j]) & mask;
            while (ctrl[i] != EMPTY) i = (i + 1) & mask;
            ctrl[i] = FULL;
            keys[i] = ok[j];
            hashes[i] = oh[j];
            vals[i] = ov[j];
        }
        used = size;
    }

    @Override Iter iterator() {
        return new It(this);
    }

    static final class It extends Iter {
        private final AnyMap m;
        private final Object[] keys, vals;
        private final byte[] ctrl;
        private final int start;
        private int done;
        private Object key, value;

        It(AnyMap m) {
            this.m = m;
            keys = m.keys;
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
                    key = keys[i];
                    value = vals[i];
                    return true;
                }
                Object k = keys[i];
                // a NaN key is never found again, nor ever deleted: it is still in the map
                Object v = Keys.eq(k, k) ? m.find(k, Keys.hash(k)) : vals[i];
                if (v != ABSENT) {
                    key = keys[i];
                    value = v;
                    return true;
                }
            }
            return false;
        }

        @Override public Object key() {
            return key;
        }

        @Override public Object value() {
            return value;
        }
    }
}
