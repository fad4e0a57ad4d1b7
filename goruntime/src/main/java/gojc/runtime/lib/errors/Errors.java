// Package errors's functions bound from goruntime/src/main/go/errors/errors.go.
package gojc.runtime.lib.errors;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.map.Keys;
import gojc.runtime.ptr.Ptr;
import gojc.runtime.type.Dynamic;
import gojc.runtime.type.GoType;

public final class Errors {
    private Errors() {}

    public static Object New(GoString text) {
        return new ErrorString(text);
    }

    /** Whether == on v is defined (Is only compares comparable targets, as Go's does). */
    public static boolean isComparable(Object v) {
        try {
            Keys.eq(v, v);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static void checkTarget(Object target) {
        if (!(Dynamic.valueOf(target) instanceof Ptr)) {
            throw GoPanic.raise(GoString.of("errors: target must be a non-nil pointer"));
        }
    }

    /**
     * The target's descriptor names the pointed-to type: err is stored when its dynamic type is
     * that type. A target pointing at an interface type is matched by the value it already holds
     * (err's class), so an interface target holding nil is a known gap (As reports false).
     */
    public static boolean assignTo(Object err, Object target) {
        Ptr p = (Ptr) Dynamic.valueOf(target);
        GoType pt = Dynamic.typeOf(target);
        if (pt != null && pt.kind == GoType.Kind.POINTER && pt.elem == Dynamic.typeOf(err)) {
            // The target's descriptor names the pointed-to type: err's dynamic type is it.
            p.setL(err);
            return true;
        }
        Object cur;
        try {
            cur = p.getL();
        } catch (IllegalStateException e) {
            return false;
        }
        if (cur != null && cur.getClass() == err.getClass()) {
            p.setL(err);
            return true;
        }
        return false;
    }
}
