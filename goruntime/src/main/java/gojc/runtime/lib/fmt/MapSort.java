// Go's internal/fmtsort order for printing maps: numbers by value (NaN first), strings bytewise,
// false before true, pointers and channels by address, structs and arrays element by element,
// interfaces by dynamic type then value, nil first.
package gojc.runtime.lib.fmt;

import gojc.runtime.GoString;
import gojc.runtime.type.Dynamic;
import gojc.runtime.type.GoType;

final class MapSort {
    private MapSort() {}

    /** Map entries ({key, value} pairs) in key order. */
    static final class ByKey implements java.util.Comparator<Object[]> {
        private final GoType key;

        ByKey(GoType key) {
            this.key = key;
        }

        @Override
        public int compare(Object[] a, Object[] b) {
            return MapSort.compare(a[0], b[0], key);
        }
    }

    /** Floats by value, NaN before everything else. */
    private static int floats(double x, double y) {
        if (x < y) {
            return -1;
        }
        if (x > y) {
            return 1;
        }
        if (x == y) {
            return 0;
        }
        return Boolean.compare(!Double.isNaN(x), !Double.isNaN(y));
    }

    static int compare(Object a, Object b, GoType t) {
        switch (t.kind) {
            case INT, INT8, INT16, INT32, INT64 -> {
                return Long.compare((Long) a, (Long) b);
            }
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> {
                return Long.compareUnsigned((Long) a, (Long) b);
            }
            case STRING -> {
                return Integer.signum(GoString.compare((GoString) a, (GoString) b));
            }
            case FLOAT32, FLOAT64 -> {
                return floats((Double) a, (Double) b);
            }
            case COMPLEX64, COMPLEX128 -> {
                gojc.runtime.Complex128 x = (gojc.runtime.Complex128) a, y = (gojc.runtime.Complex128) b;
                int c = floats(x.re, y.re);
                return c != 0 ? c : floats(x.im, y.im);
            }
            case BOOL -> {
                return Boolean.compare((Boolean) a, (Boolean) b);
            }
            case POINTER, CHAN, UNSAFE_POINTER, FUNC -> {
                return Long.compareUnsigned(Addresses.of(a), Addresses.of(b));
            }
            case STRUCT -> {
                for (GoType.Field f : t.fields) {
                    int c = compare(Walk.field(a, f), Walk.field(b, f), f.type());
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case ARRAY -> {
                for (int i = 0; i < Walk.len(a); i++) {
                    int c = compare(Walk.index(a, i, t.elem), Walk.index(b, i, t.elem), t.elem);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case INTERFACE -> {
                if (a == null || b == null) {
                    return a == null ? (b == null ? 0 : -1) : 1;
                }
                GoType ta = Dynamic.typeOf(a), tb = Dynamic.typeOf(b);
                if (ta != tb) {
                    return String.valueOf(ta).compareTo(String.valueOf(tb));
                }
                return ta == null ? 0 : compare(Walk.norm(a, ta), Walk.norm(b, tb), ta);
            }
            default -> {
                return 0;
            }
        }
    }
}
