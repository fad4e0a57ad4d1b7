// Helpers for Go operations the JVM has no single instruction for, called by generated code:
// array index checks with Go's panic text, runtime-error panics, string(int) rune clamping, and the
// float ↔ integer conversions as gc performs them on amd64 (where the JVM would saturate).
package gojc.runtime;

public final class Ops {
    private Ops() {}

    private static final double TWO_63 = 9.223372036854775808E18;

    /** A panic with a Go runtime error; generated code throws the result. */
    public static RuntimeException runtimePanic(String message) {
        return GoPanic.raise(RuntimeError.plain(message));
    }

    /** Checks an array index; returns it as an int. */
    public static int checkIndex(long i, int len) {
        if (i < 0 || i >= len) throw GoPanic.raise(RuntimeError.index(i, len));
        return (int) i;
    }

    /** The rune string(x) converts for an integer x: out-of-range values become U+FFFD. */
    public static int runeOf(long x) {
        return x < 0 || x > 0x10FFFF ? 0xFFFD : (int) x;
    }

    /** uint64 → float64 with one rounding. */
    public static double u64ToFloat64(long x) {
        if (x >= 0) return x;
        return (double) ((x >>> 1) | (x & 1)) * 2.0;
    }

    /** uint64 → float32 with one rounding. */
    public static float u64ToFloat32(long x) {
        if (x >= 0) return x;
        return (float) ((x >>> 1) | (x & 1)) * 2.0f;
    }

    /** float64 → int64 as CVTTSD2SQ: truncation; NaN and out of range give the minimum int64. */
    public static long f64ToInt64(double d) {
        if (!(d >= -TWO_63 && d < TWO_63)) return Long.MIN_VALUE;
        return (long) d;
    }

    /** float64 → int32 as CVTTSD2SL: truncation; NaN and out of range give the minimum int32. */
    public static int f64ToInt32(double d) {
        if (!(d > -2147483649.0 && d < 2147483648.0)) return Integer.MIN_VALUE;
        return (int) d;
    }

    /** float64 → uint64 as gc's amd64 sequence: values at or above 2^63 go through x - 2^63. */
    public static long f64ToUint64(double d) {
        if (d < TWO_63) return f64ToInt64(d);
        return f64ToInt64(d - TWO_63) ^ Long.MIN_VALUE;
    }

    /**
     * Copies an array of arrays ([N][M]T) all the way down, as Go's assignment of an array value
     * does. Innermost arrays of structs are copied element by element through their $copy method.
     */
    public static Object[] copyNestedArray(Object[] a) {
        Object[] out = a.clone();
        for (int i = 0; i < out.length; i++) out[i] = copyArrayValue(out[i]);
        return out;
    }

    private static Object copyArrayValue(Object v) {
        // instanceof tests rather than a pattern switch: its bootstrap would cost start-up
        if (v == null) return null;
        if (v instanceof Object[] objs && objs.getClass().getComponentType().isArray()) return copyNestedArray(objs);
        if (v instanceof Object[] objs) return copyElements(objs);
        if (v instanceof long[] x) return x.clone();
        if (v instanceof int[] x) return x.clone();
        if (v instanceof double[] x) return x.clone();
        if (v instanceof float[] x) return x.clone();
        if (v instanceof byte[] x) return x.clone();
        if (v instanceof short[] x) return x.clone();
        if (v instanceof char[] x) return x.clone();
        if (v instanceof boolean[] x) return x.clone();
        return v;
    }

    /** An innermost array of references: structs are copied by their $copy, other values shared. */
    private static Object[] copyElements(Object[] objs) {
        Object[] out = objs.clone();
        for (int i = 0; i < out.length; i++) {
            Object e = out[i];
            if (e == null) continue;
            try {
                java.lang.reflect.Method copy = e.getClass().getMethod("$copy");
                if (copy.getDeclaringClass() == e.getClass()) out[i] = copy.invoke(e);
            } catch (NoSuchMethodException ignored) {
                // strings, pointers, interfaces: values shared by assignment in Go too
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out;
    }
}
