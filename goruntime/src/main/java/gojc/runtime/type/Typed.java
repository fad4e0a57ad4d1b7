// An interface value whose JVM class does not tell its Go type (unnamed slices, arrays, maps,
// funcs, chans, pointers to non-structs without methods): the value with its descriptor, so that
// []int and []int64, a nil *int and a nil interface, and %T all come out as in Go.
package gojc.runtime.type;

public final class Typed {
    public final GoType type;
    public final Object value;

    private Typed(GoType type, Object value) {
        this.type = type;
        this.value = value;
    }

    /** Boxes v (of type t) into an interface. */
    public static Object of(Object v, GoType t) {
        return new Typed(t, v);
    }

    /** x.(T) for a type T boxed as Typed. */
    public static boolean is(Object x, GoType t) {
        return x instanceof Typed tx && tx.type == t;
    }

    /** The value inside an interface known to hold a Typed box. */
    public static Object value(Object x) {
        return ((Typed) x).value;
    }

    @Override
    public String toString() {
        return type + "(" + value + ")";
    }
}
