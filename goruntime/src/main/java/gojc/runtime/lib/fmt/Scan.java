// The pointer side of fmt's scanning (goruntime/src/main/go/fmt/scan.go): what kind of value a
// pointer passed to Sscan & co. points at, and stores through it. The operand's type descriptor
// (a Typed box) names the pointed-to kind; without one the kind comes from the JVM storage the
// pointer reaches (long for int/int64/uint, int for the 8-32 bit integers, double, float, boolean,
// a GoString in a reference slot).
package gojc.runtime.lib.fmt;

import gojc.runtime.GoString;
import gojc.runtime.ptr.Ptr;
import gojc.runtime.type.Dynamic;
import gojc.runtime.type.GoType;

public final class Scan {
    private Scan() {}

    static final int UNKNOWN = 0, INT = 1, FLOAT64 = 3, FLOAT32 = 4, STRING = 5, BOOL = 6;

    static long kind(Object p) {
        GoType t = Dynamic.typeOf(p);
        if (t != null && t.kind == GoType.Kind.POINTER) {
            // The operand's descriptor names the pointed-to type.
            switch (t.elem.kind) {
                case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> {
                    return INT;
                }
                case FLOAT64 -> {
                    return FLOAT64;
                }
                case FLOAT32 -> {
                    return FLOAT32;
                }
                case STRING -> {
                    return STRING;
                }
                case BOOL -> {
                    return BOOL;
                }
                default -> {
                    return UNKNOWN;
                }
            }
        }
        if (!(Dynamic.valueOf(p) instanceof Ptr ptr)) {
            return UNKNOWN;
        }
        try {
            ptr.getJ();
            return INT;
        } catch (IllegalStateException e) {
            // not a 64-bit integer
        }
        try {
            ptr.getI();
            return INT;
        } catch (IllegalStateException e) {
            // not a small integer
        }
        try {
            ptr.getD();
            return FLOAT64;
        } catch (IllegalStateException e) {
            // not a float64
        }
        try {
            ptr.getF();
            return FLOAT32;
        } catch (IllegalStateException e) {
            // not a float32
        }
        try {
            ptr.getZ();
            return BOOL;
        } catch (IllegalStateException e) {
            // not a bool
        }
        try {
            if (ptr.getL() instanceof GoString) {
                return STRING;
            }
        } catch (IllegalStateException e) {
            // not a reference
        }
        return UNKNOWN;
    }

    static void storeInt(Object p, long v) {
        Ptr ptr = (Ptr) Dynamic.valueOf(p);
        try {
            ptr.setJ(v);
        } catch (IllegalStateException e) {
            ptr.setI((int) v);
        }
    }

    static void storeFloat(Object p, double v) {
        Ptr ptr = (Ptr) Dynamic.valueOf(p);
        try {
            ptr.setD(v);
        } catch (IllegalStateException e) {
            ptr.setF((float) v);
        }
    }
}
