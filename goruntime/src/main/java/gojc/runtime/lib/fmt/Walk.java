// Reading Go values by their descriptor, as fmt's printValue walks them with reflect: a value is
// held in "walk form" (bool Boolean, every integer a Long of its Go value, floats Double, strings
// GoString, everything else its JVM reference), read out of slices, arrays, struct fields and maps,
// and turned back into interface form where fmt must call String/Error on an element.
package gojc.runtime.lib.fmt;

import gojc.runtime.ptr.Ptr;
import gojc.runtime.slice.BoolSlice;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.slice.CharSlice;
import gojc.runtime.slice.DoubleSlice;
import gojc.runtime.slice.FloatSlice;
import gojc.runtime.slice.IntSlice;
import gojc.runtime.slice.LongSlice;
import gojc.runtime.slice.ShortSlice;
import gojc.runtime.slice.Slice;
import gojc.runtime.type.Dynamic;
import gojc.runtime.type.GoType;
import gojc.runtime.type.GoType.Kind;
import gojc.runtime.type.Typed;

final class Walk {
    private Walk() {}

    /** A stored or boxed value of type t in walk form. */
    static Object norm(Object o, GoType t) {
        if (t.kind == Kind.INTERFACE || o == null) return o;
        o = Dynamic.valueOf(o);
        return switch (t.kind) {
            case INT, INT8, INT16, INT32, INT64 -> o instanceof Character c ? (long) c : Values.integerValue(o);
            case UINT8 -> Values.integerValue(o) & 0xFF;
            case UINT16 -> o instanceof Character c ? (long) c : Values.integerValue(o) & 0xFFFF;
            case UINT32 -> Values.integerValue(o) & 0xFFFFFFFFL;
            case UINT, UINT64, UINTPTR -> Values.integerValue(o);
            case FLOAT32, FLOAT64 -> ((Number) o).doubleValue();
            case COMPLEX64 -> o instanceof gojc.runtime.Complex64 c ? c.toComplex128() : o;
            default -> o;
        };
    }

    static int len(Object v) {
        // instanceof tests rather than a pattern switch: its bootstrap would cost start-up
        if (v == null) return 0;
        if (v instanceof LongSlice s) return s.len;
        if (v instanceof IntSlice s) return s.len;
        if (v instanceof ShortSlice s) return s.len;
        if (v instanceof CharSlice s) return s.len;
        if (v instanceof ByteSlice s) return s.len;
        if (v instanceof BoolSlice s) return s.len;
        if (v instanceof FloatSlice s) return s.len;
        if (v instanceof DoubleSlice s) return s.len;
        if (v instanceof Slice s) return s.len;
        return java.lang.reflect.Array.getLength(v);
    }

    /** Element i of a slice or array of element type elem, in walk form. */
    static Object index(Object v, int i, GoType elem) {
        Object o;
        // instanceof tests rather than a pattern switch: its bootstrap would cost start-up
        if (v instanceof LongSlice s) o = s.array[s.off + i];
        else if (v instanceof IntSlice s) o = s.array[s.off + i];
        else if (v instanceof ShortSlice s) o = s.array[s.off + i];
        else if (v instanceof CharSlice s) o = s.array[s.off + i];
        else if (v instanceof ByteSlice s) o = s.array[s.off + i];
        else if (v instanceof BoolSlice s) o = s.array[s.off + i];
        else if (v instanceof FloatSlice s) o = s.array[s.off + i];
        else if (v instanceof DoubleSlice s) o = s.array[s.off + i];
        else if (v instanceof Slice s) o = s.array[s.off + i];
        else o = java.lang.reflect.Array.get(v, i);
        return norm(o, elem);
    }

    /** The bytes of a []byte or [N]byte value. */
    static byte[] bytes(Object v) {
        if (v instanceof ByteSlice s) {
            byte[] b = new byte[s.len];
            if (s.len > 0) System.arraycopy(s.array, s.off, b, 0, s.len);
            return b;
        }
        return v == null ? new byte[0] : ((byte[]) v).clone();
    }

    static Object field(Object struct, GoType.Field f) {
        try {
            return norm(f.jvm().get(struct), f.type());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** *p for a pointer of type t (a struct object is its own pointer). */
    static Object deref(Object p, GoType t) {
        if (!(p instanceof Ptr ptr)) return p;
        return norm(switch (t.elem.kind) {
            case BOOL -> ptr.getZ();
            case INT, INT64, UINT, UINT64, UINTPTR -> ptr.getJ();
            case INT8, INT16, INT32, UINT8, UINT16, UINT32 -> ptr.getI();
            case FLOAT32 -> ptr.getF();
            case FLOAT64 -> ptr.getD();
            default -> ptr.getL();
        }, t.elem);
    }

    /** Whether a value of t may have methods fmt calls. */
    static boolean mayHaveMethods(GoType t) {
        return t.kind == Kind.INTERFACE || t.named() && !t.methods.isEmpty()
            || t.kind == Kind.POINTER && t.elem.named();
    }

    /** A walk-form value of type t in interface form (as codegen boxes it). */
    static Object toIface(Object v, GoType t) {
        if (t.kind == Kind.INTERFACE) return v;
        if (t.named() && t.kind != Kind.STRUCT) {
            for (var c : t.javaClass.getConstructors()) {
                if (c.getParameterCount() != 1) continue;
                Class<?> pt = c.getParameterTypes()[0];
                Object arg = v;
                if (v instanceof Long n) {
                    if (pt == int.class) arg = n.intValue();
                    else if (pt == short.class) arg = n.shortValue();
                    else if (pt == byte.class) arg = n.byteValue();
                    else if (pt == char.class) arg = (char) n.longValue();
                } else if (v instanceof Double d && pt == float.class) {
                    arg = d.floatValue();
                } else if (v instanceof gojc.runtime.Complex128 z && pt == gojc.runtime.Complex64.class) {
                    arg = z.toComplex64();
                }
                try {
                    return c.newInstance(arg);
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    return null;
                }
            }
            return null;
        }
        if (t.kind == Kind.POINTER && t.elem.named() && t.elem.kind != Kind.STRUCT) {
            // *T of a defined non-struct type with methods has a box class of its own.
            try {
                Class<?> c = Class.forName(t.elem.javaClass.getName() + "$ptr", true, t.elem.javaClass.getClassLoader());
                return c.getConstructor(Ptr.class).newInstance(v);
            } catch (ReflectiveOperationException e) {
                return Typed.of(v, t);
            }
        }
        if (t.kind == Kind.POINTER && v == null && t.elem.kind == Kind.STRUCT) return Dynamic.nilOf(t.elem.javaClass);
        if (t.kind == Kind.POINTER && v == null) return Typed.of(null, t);
        return v;
    }
}
