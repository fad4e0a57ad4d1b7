// Package unicode's Unicode 13.0.0 data, decoded from UnicodeData's compact strings on first use
// of each table, so that a program pays only for the tables it touches. A range table decodes to
// int[]{n16, latinOffset, lo, hi, stride, lo, hi, stride, ...} (the 16-bit ranges first, as Go
// orders them); CaseRanges to {lo, hi, dUpper, dLower, dTitle, ...}; caseOrbit to {r, next, ...}.
package gojc.runtime.lib.unicode;

import java.util.concurrent.ConcurrentHashMap;

final class Tables {
    private Tables() {}

    static final int UPPER_LOWER = 0x10FFFF + 1;

    private static final ConcurrentHashMap<String, int[]> DECODED = new ConcurrentHashMap<>();

    /** The decoded range table of that name, or null when there is none. */
    static int[] get(String name) {
        int[] t = DECODED.get(name);
        if (t == null) {
            String s = UnicodeData.table(name);
            if (s == null) {
                return null;
            }
            t = decodeTable(s);
            DECODED.putIfAbsent(name, t);
        }
        return t;
    }

    /** A fresh decoding of the table of that name, not kept (package unicode's variables own it). */
    static int[] fresh(String name) {
        String s = UnicodeData.table(name);
        return s == null ? new int[] {0, 0} : decodeTable(s);
    }

    /** Reads the unsigned varints of s. */
    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        boolean more() {
            return pos < s.length();
        }

        int next() {
            int v = 0;
            int shift = 0;
            while (true) {
                int c = s.charAt(pos++) - '0';
                v |= (c & 31) << shift;
                if (c < 32) {
                    return v;
                }
                shift += 5;
            }
        }

        int signed() {
            int z = next();
            return (z >>> 1) ^ -(z & 1);
        }
    }

    private static int[] decodeTable(String s) {
        Reader in = new Reader(s);
        int n16 = in.next();
        int n32 = in.next();
        int latin = in.next();
        int[] t = new int[2 + 3 * (n16 + n32)];
        t[0] = n16;
        t[1] = latin;
        int prev = 0;
        for (int i = 2; i < t.length; i += 3) {
            int lo = prev + in.next();
            int hi = lo + in.next();
            t[i] = lo;
            t[i + 1] = hi;
            t[i + 2] = in.next();
            prev = hi;
        }
        return t;
    }

    /** Whether r is in the decoded table t, by binary search over its ranges. */
    static boolean is(int[] t, int r) {
        int lo = 0;
        int hi = (t.length - 2) / 3;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            int base = 2 + 3 * m;
            if (r < t[base]) {
                hi = m;
            } else if (r > t[base + 1]) {
                lo = m + 1;
            } else {
                int stride = t[base + 2];
                return stride == 1 || (r - t[base]) % stride == 0;
            }
        }
        return false;
    }

    /** CaseRanges, five ints a range. */
    static final class Cases {
        static final int[] RANGES = decodeCases();

        private static int[] decodeCases() {
            Reader in = new Reader(UnicodeData.CASE_RANGES);
            int[] a = new int[512 * 5];
            int n = 0;
            int prev = 0;
            while (in.more()) {
                if (n == a.length) {
                    a = java.util.Arrays.copyOf(a, n * 2);
                }
                int lo = prev + in.next();
                int hi = lo + in.next();
                a[n] = lo;
                a[n + 1] = hi;
                a[n + 2] = in.signed();
                a[n + 3] = in.signed();
                a[n + 4] = in.signed();
                n += 5;
                prev = hi;
            }
            return java.util.Arrays.copyOf(a, n);
        }
    }

    /** The case-folding orbits' (r, next) pairs, sorted by r. */
    static final class Orbits {
        static final int[] PAIRS = decodeOrbits();

        private static int[] decodeOrbits() {
            Reader in = new Reader(UnicodeData.CASE_ORBIT);
            int[] a = new int[256];
            int n = 0;
            int prev = 0;
            while (in.more()) {
                if (n == a.length) {
                    a = java.util.Arrays.copyOf(a, n * 2);
                }
                prev += in.next();
                a[n] = prev;
                a[n + 1] = in.next();
                n += 2;
            }
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
