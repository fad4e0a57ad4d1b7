// Simple case folding orbits (unicode.SimpleFold): code points that map to each other under the
// JDK's simple upper/lower case mappings form one orbit, e.g. {K, k, U+212A KELVIN SIGN}. Built
// once, on first use, from one pass over all code points.
package gojc.runtime.lib.unicode;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

final class Fold {
    private Fold() {}

    private static Map<Integer, int[]> orbits;

    private static int key(int r) {
        return Character.toLowerCase(Character.toUpperCase(r));
    }

    private static synchronized Map<Integer, int[]> orbits() {
        if (orbits == null) {
            Map<Integer, TreeSet<Integer>> sets = new HashMap<>();
            for (int r = 0; r <= 0x10FFFF; r++) {
                int k = key(r);
                if (k != r || Character.toUpperCase(r) != r) {
                    sets.computeIfAbsent(k, x -> new TreeSet<>()).add(r);
                    sets.get(k).add(k);
                }
            }
            Map<Integer, int[]> m = new HashMap<>();
            for (TreeSet<Integer> s : sets.values()) {
                int[] a = s.stream().mapToInt(Integer::intValue).toArray();
                if (a.length > 1) {
                    for (int r : a) {
                        m.put(r, a);
                    }
                }
            }
            orbits = m;
        }
        return orbits;
    }

    static int next(int r) {
        if (r < 0 || r > 0x10FFFF) {
            return r;
        }
        if (r < 0x80) {
            if (r >= 'A' && r <= 'Z') {
                return r == 'K' ? 'k' : r == 'S' ? 's' : r + 32;
            }
            if (r >= 'a' && r <= 'z') {
                return r == 'k' ? 0x212A : r == 's' ? 0x17F : r - 32;
            }
            return r;
        }
        int[] a = orbits().get(r);
        if (a == null) {
            return r;
        }
        for (int x : a) {
            if (x > r) {
                return x;
            }
        }
        return a[0];
    }
}
