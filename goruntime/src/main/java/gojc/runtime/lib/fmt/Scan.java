// The pointer side of fmt's scanning (goruntime/src/main/go/fmt/scan.go): what kind of value a
// pointer passed to Sscan & co. points at, and stores through it. Pointers do not carry their
// Go type, so the kind comes from the JVM storage the pointer reaches (long for int/int64/uint,
// int for the 8-32 bit integers, double, float, boolean, a GoString in a reference slot).
package gojc.runtime.lib.fmt;

import gojc.runtime.GoString;
import gojc.runtime.ptr.Ptr;

public final class Scan {
    private Scan() {}

    static final int UNKNOWN = 0, INT = 1, FLOAT64 = 3, FLOAT32 = 4, STRING = 5, BOOL = 6;

    static long kind(Object p) {
        if (!(p instanceof Ptr ptr)) {
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
        Ptr ptr = (Ptr) p;
        try {
            ptr.setJ(v);
        } catch (IllegalStateException e) {
            ptr.setI((int) v);
        }
    }

    static void storeFloat(Object p, double v) {
        Ptr ptr = (Ptr) p;
        try {
            ptr.setD(v);
        } catch (IllegalStateException e) {
            ptr.setF((float) v);
        }
    }
}
