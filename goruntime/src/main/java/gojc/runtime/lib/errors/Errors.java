// Package errors's functions bound from goruntime/src/main/go/errors/errors.go.
package gojc.runtime.lib.errors;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.iface.M_Error__L;
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

    /** As's checks on target, with Go's panics. */
    public static void checkTarget(Object target) {
        GoType t = Dynamic.typeOf(target);
        if (t == null || t.kind != GoType.Kind.POINTER || Dynamic.valueOf(target) == null) {
            throw GoPanic.raise(GoString.of("errors: target must be a non-nil pointer"));
        }
        if (t.elem.kind != GoType.Kind.INTERFACE && !implementsError(t.elem)) {
            throw GoPanic.raise(GoString.of("errors: *target must be interface or implement error"));
        }
    }

    private static boolean implementsError(GoType e) {
        if (e.kind == GoType.Kind.POINTER) {
            return e.elem.javaClass == null || M_Error__L.class.isAssignableFrom(e.elem.javaClass);
        }
        if (e.javaClass == null) return false;
        return M_Error__L.class.isAssignableFrom(e.javaClass) && (e.kind != GoType.Kind.STRUCT || e.methods.contains("Error"));
    }

    /**
     * Stores err through target when err's dynamic type is assignable to the pointed-to type:
     * that very type, or an interface type it implements.
     */
    public static boolean assignTo(Object err, Object target) {
        GoType e = Dynamic.typeOf(target).elem;
        if (e.kind == GoType.Kind.INTERFACE ? !e.implementedBy(err) : Dynamic.typeOf(err) != e) return false;
        Object to = Dynamic.valueOf(target);
        if (e.kind == GoType.Kind.STRUCT && e.javaClass != null) {
            try {
                e.javaClass.getMethod("$set", e.javaClass).invoke(to, err);
            } catch (ReflectiveOperationException x) {
                throw new IllegalStateException(x);
            }
            return true;
        }
        Ptr p = (Ptr) to;
        if (e.kind == GoType.Kind.INTERFACE || e.kind == GoType.Kind.POINTER) {
            p.setL(err);
            return true;
        }
        switch (Dynamic.valueOf(err)) {
            case Boolean v -> p.setZ(v);
            case Long v -> p.setJ(v);
            case Integer v -> p.setI(v);
            case Short v -> p.setI(v);
            case Byte v -> p.setI(v);
            case Float v -> p.setF(v);
            case Double v -> p.setD(v);
            case Object v -> p.setL(v);
        }
        return true;
    }
}
