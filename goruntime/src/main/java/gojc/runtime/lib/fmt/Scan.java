// The pointer side of fmt's scanning (goruntime/src/main/go/fmt/scanvalue.go) for operands the Go
// code's type switch does not name: pointers to named types, whose underlying kind and size the
// operand's type descriptor tells, and stores through them. Without a descriptor the kind comes
// from the JVM storage the pointer reaches (long for the 64-bit integers, int for the smaller
// ones, double, float, boolean, a GoString or Complex in a reference slot).
package gojc.runtime.lib.fmt;

import gojc.runtime.Complex128;
import gojc.runtime.Complex64;
import gojc.runtime.GoString;
import gojc.runtime.ptr.Ptr;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.type.Dynamic;
import gojc.runtime.type.GoType;

final class Scan {
    private Scan() {}

    // Element kinds, as scanvalue.go numbers them.
    private static final int NOT_POINTER = 0, OTHER = 1, BOOL = 2, INT = 3, UINT = 4, FLOAT = 5,
            COMPLEX = 6, STRING = 7, BYTES = 8, SLICE = 9;

    private static long code(int kind, int bits) {
        return (long) kind << 8 | bits;
    }

    /** The kind of value p points at and its size in bits, as kind << 8 | bits. */
    static long elemKind(Object p) {
        GoType t = Dynamic.typeOf(p);
        if (t != null) {
            if (t.kind != GoType.Kind.POINTER) {
                return code(NOT_POINTER, 0);
            }
            GoType e = t.elem;
            return switch (e.kind) {
                case BOOL -> code(BOOL, 1);
                case INT, INT64 -> code(INT, 64);
                case INT8 -> code(INT, 8);
                case INT16 -> code(INT, 16);
                case INT32 -> code(INT, 32);
                case UINT, UINT64, UINTPTR -> code(UINT, 64);
                case UINT8 -> code(UINT, 8);
                case UINT16 -> code(UINT, 16);
                case UINT32 -> code(UINT, 32);
                case FLOAT32 -> code(FLOAT, 32);
                case FLOAT64 -> code(FLOAT, 64);
                case COMPLEX64 -> code(COMPLEX, 64);
                case COMPLEX128 -> code(COMPLEX, 128);
                case STRING -> code(STRING, 0);
                case SLICE -> e.elem.kind == GoType.Kind.UINT8 ? code(BYTES, 0) : code(SLICE, 0);
                default -> code(OTHER, 0);
            };
        }
        if (!(Dynamic.valueOf(p) instanceof Ptr ptr)) {
            return code(NOT_POINTER, 0);
        }
        return code(storageKind(ptr), 64);
    }

    private static int storageKind(Ptr ptr) {
        try {
            ptr.getJ();
            return INT;
        } catch (IllegalStateException e) {
            // not a 64-bit integer
        }
        try {
            ptr.getD();
            return FLOAT;
        } catch (IllegalStateException e) {
            // not a float64
        }
        try {
            ptr.getZ();
            return BOOL;
        } catch (IllegalStateException e) {
            // not a bool
        }
        try {
            return switch (ptr.getL()) {
                case GoString s -> STRING;
                case ByteSlice b -> BYTES;
                case Complex128 c -> COMPLEX;
                case null, default -> OTHER;
            };
        } catch (IllegalStateException e) {
            return OTHER;
        }
    }

    private static Ptr ptr(Object p) {
        return (Ptr) Dynamic.valueOf(p);
    }

    static void setInt(Object p, long v) {
        Ptr ptr = ptr(p);
        try {
            ptr.setJ(v);
        } catch (IllegalStateException e) {
            ptr.setI((int) v);
        }
    }

    static void setFloat(Object p, double v) {
        Ptr ptr = ptr(p);
        try {
            ptr.setD(v);
        } catch (IllegalStateException e) {
            ptr.setF((float) v);
        }
    }

    static void setComplex(Object p, Complex128 v) {
        GoType t = Dynamic.typeOf(p);
        boolean small = t != null && t.elem.kind == GoType.Kind.COMPLEX64
                || t == null && ptr(p).getL() instanceof Complex64;
        ptr(p).setL(small ? v.toComplex64() : v);
    }

    static void setRef(Object p, Object v) {
        ptr(p).setL(v);
    }

    static void setBool(Object p, boolean v) {
        ptr(p).setZ(v);
    }
}
