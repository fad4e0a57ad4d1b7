// Stand-ins for the addresses %p and nested pointers print: the JVM has none, so an identity hash
// placed in gc's heap-address range (0xc000...), stable for the object's lifetime.
package gojc.runtime.lib.fmt;

import gojc.runtime.slice.Slice;

final class Addresses {
    private Addresses() {}

    static long of(Object v) {
        if (v == null) {
            return 0;
        }
        Object identity = v;
        int off = 0;
        // A slice's pointer is its first element's: slices of one array share the base.
        try {
            java.lang.reflect.Field a = v.getClass().getField("array");
            if (v.getClass().getPackage() == Slice.class.getPackage()) {
                identity = a.get(v);
                off = v.getClass().getField("off").getInt(v);
            }
        } catch (ReflectiveOperationException e) {
            // not a slice
        }
        return 0xc000000000L + ((System.identityHashCode(identity) & 0xFFFFFFFL) << 4) + off * 8L;
    }
}
