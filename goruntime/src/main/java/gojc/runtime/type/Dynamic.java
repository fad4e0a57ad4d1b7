// The dynamic Go type of an interface value, from its box (docs/abi.md "Interfaces and boxing"):
// box classes of predeclared types, generated classes through their $typeDesc, Typed boxes, and a
// struct object without its $boxed flag as the pointer type.
package gojc.runtime.type;

import gojc.runtime.GoString;
import gojc.runtime.box.Int64;
import gojc.runtime.box.Uint;
import gojc.runtime.box.Uint16;
import gojc.runtime.box.Uint32;
import gojc.runtime.box.Uint64;
import gojc.runtime.box.Uint8;
import gojc.runtime.box.Uintptr;

public final class Dynamic {
    private Dynamic() {}

    private static final ClassValue<java.lang.reflect.Field> BOXED = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Field computeValue(Class<?> c) {
            try {
                return c.getField("$boxed");
            } catch (NoSuchFieldException e) {
                return null;
            }
        }
    };

    private static final ClassValue<java.lang.reflect.Field> BOXV = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Field computeValue(Class<?> c) {
            try {
                return c.getField("v");
            } catch (NoSuchFieldException e) {
                return null;
            }
        }
    };

    private static final ClassValue<Object> NIL = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> c) {
            try {
                return c.getField("$nil").get(null);
            } catch (ReflectiveOperationException e) {
                return Dynamic.class;
            }
        }
    };

    /** The $nil box of a struct class: a nil *T in an interface (a sentinel for other classes). */
    public static Object nilOf(Class<?> c) {
        return NIL.get(c);
    }

    /** The dynamic type of a non-nil interface value; null for runtime-internal objects. */
    public static GoType typeOf(Object x) {
        // instanceof tests rather than a pattern switch: its bootstrap would cost start-up
        if (x == null) return null;
        if (x instanceof Typed t) return t.type;
        if (x instanceof Boolean) return GoType.BOOL;
        if (x instanceof Long) return GoType.INT;
        if (x instanceof Integer) return GoType.INT32;
        if (x instanceof Short) return GoType.INT16;
        if (x instanceof Byte) return GoType.INT8;
        if (x instanceof Float) return GoType.FLOAT32;
        if (x instanceof Double) return GoType.FLOAT64;
        if (x instanceof gojc.runtime.Complex64) return GoType.COMPLEX64;
        if (x instanceof gojc.runtime.Complex128) return GoType.COMPLEX128;
        if (x instanceof GoString) return GoType.STRING;
        if (x instanceof Int64) return GoType.INT64;
        if (x instanceof Uint) return GoType.UINT;
        if (x instanceof Uint64) return GoType.UINT64;
        if (x instanceof Uintptr) return GoType.UINTPTR;
        if (x instanceof Uint32) return GoType.UINT32;
        if (x instanceof Uint16) return GoType.UINT16;
        if (x instanceof Uint8) return GoType.UINT8;
        GoType t = GoType.of(x.getClass());
        if (t != null && t.kind == GoType.Kind.STRUCT && !isBoxedStruct(x)) t = t.ptrTo();
        return t;
    }

    /** A struct object in an interface: true for a T value, false for a *T. */
    public static boolean isBoxedStruct(Object x) {
        java.lang.reflect.Field f = BOXED.get(x.getClass());
        try {
            return f != null && f.getBoolean(x);
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    /**
     * The value of an interface in the form fmt walks: Typed boxes unwrapped, named non-struct
     * boxes to their field v, box classes of predeclared types as they are, struct objects as is.
     */
    public static Object valueOf(Object x) {
        if (x instanceof Typed t) return t.value;
        if (x == null) return null;
        if (x == nilOf(x.getClass())) return null;
        java.lang.reflect.Field v = BOXV.get(x.getClass());
        GoType t = v == null ? null : GoType.of(x.getClass());
        if (t != null && t.kind != GoType.Kind.STRUCT) {
            try {
                return v.get(x);
            } catch (IllegalAccessException e) {
                return x;
            }
        }
        return x;
    }

    /** The Go type string of an interface value's dynamic type, for %T and panic texts. */
    public static String nameOf(Object x) {
        if (x == null) return "<nil>";
        GoType t = typeOf(x);
        return t != null ? t.toString() : null;
    }
}
