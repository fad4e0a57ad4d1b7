// Package context's runtime side, bound from goruntime/src/main/go/context/context.go: the two
// questions gc's context asks of its internal reflection package, about an interface value's
// dynamic type.
package gojc.runtime.lib.context;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.map.Keys;
import gojc.runtime.type.Dynamic;

public final class Context {
    private Context() {}

    /** The dynamic type's name as %T prints it. */
    public static GoString typeName(Object v) {
        return GoString.of(Dynamic.nameOf(v));
    }

    /** Whether the value can be compared with ==: hashing it panics exactly when it cannot. */
    public static boolean comparable(Object v) {
        try {
            Keys.hash(v);
            return true;
        } catch (GoPanic e) {
            return false;
        }
    }
}
