// Package errors's functions bound from goruntime/src/main/go/errors/errors.go.
package gojc.runtime.lib.errors;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.map.Keys;
import gojc.runtime.ptr.Ptr;

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
        if (!(target instanceof Ptr)) {
            throw GoPanic.raise(GoString.of("errors: target must be a non-nil pointer"));
        }
    }

    /**
     * Without run-time type descriptors the pointed-to type is only known from the value the
     * target holds: a target holding a value of err's class receives err. A target holding nil is
     * a known gap (As reports false).
     */
    public static boolean assignTo(Object err, Object target) {
        Ptr p = (Ptr) target;
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
