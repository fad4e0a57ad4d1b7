// Go's == on interface values (and so on map keys, which are stored in interface form): numbers by
// value (NaN != NaN, +0 == -0), strings by bytes, arrays element-wise, structs by their generated
// equals, pointers and channels by identity; slices, maps and funcs panic as uncomparable.
package gojc.runtime.map;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.RuntimeError;
import gojc.runtime.type.GoType;
import gojc.runtime.type.Typed;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

public final class Keys {
    private Keys() {}

    public static boolean eq(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof Typed ta) {
            Typed tb = (Typed) b;
            if (ta.type != tb.type) return false;
            checkTyped(ta, "comparing");
            if (ta.value == null || tb.value == null) return ta.value == tb.value;
            return ta.type.kind == GoType.Kind.ARRAY ? eq(ta.value, tb.value) : ta.value.equals(tb.value);
        }
        // instanceof tests rather than a pattern switch: its bootstrap would cost start-up
        if (a instanceof Double d) return d.doubleValue() == (Double) b;
        if (a instanceof Float f) return f.floatValue() == (Float) b;
        if (a instanceof GoString s) return GoString.eq(s, (GoString) b);
        if (a instanceof long[] x) return Arrays.equals(x, (long[]) b);
        if (a instanceof int[] x) return Arrays.equals(x, (int[]) b);
        if (a instanceof byte[] x) return Arrays.equals(x, (byte[]) b);
        if (a instanceof short[] x) return Arrays.equals(x, (short[]) b);
        if (a instanceof char[] x) return Arrays.equals(x, (char[]) b);
        if (a instanceof boolean[] x) return Arrays.equals(x, (boolean[]) b);
        if (a instanceof double[] x) return arrayEq(x, (double[]) b);
        if (a instanceof float[] x) return arrayEq(x, (float[]) b);
        if (a instanceof Object[] x) return arrayEq(x, (Object[]) b);
        checkComparable(a, "comparing");
        return a.equals(b);
    }

    public static int hash(Object a) {
        if (a == null) return 0;
        if (a instanceof Typed t) {
            checkTyped(t, "hash of");
            return t.value == null ? 0 : t.type.kind == GoType.Kind.ARRAY ? hash(t.value) : t.value.hashCode();
        }
        if (a instanceof Double d) return hashD(d);
        if (a instanceof Float f) return hashF(f);
        if (a instanceof long[] x) return Arrays.hashCode(x);
        if (a instanceof int[] x) return Arrays.hashCode(x);
        if (a instanceof byte[] x) return Arrays.hashCode(x);
        if (a instanceof short[] x) return Arrays.hashCode(x);
        if (a instanceof char[] x) return Arrays.hashCode(x);
        if (a instanceof boolean[] x) return Arrays.hashCode(x);
        if (a instanceof double[] x) {
            int h = 1;
            for (double d : x) h = 31 * h + hash(d);
            return h;
        }
        if (a instanceof float[] x) {
            int h = 1;
            for (float f : x) h = 31 * h + hash(f);
            return h;
        }
        if (a instanceof Object[] x) {
            int h = 1;
            for (Object o : x) h = 31 * h + hash(o);
            return h;
        }
        checkComparable(a, "hash of");
        return a.hashCode();
    }

    /** +0 and -0 hash alike; NaN, equal to nothing, hashes at random (as gc's) so NaN keys spread. */
    public static int hashD(double d) {
        return d == 0 ? 0 : d != d ? ThreadLocalRandom.current().nextInt() : Double.hashCode(d);
    }

    public static int hashF(float f) {
        return f == 0 ? 0 : f != f ? ThreadLocalRandom.current().nextInt() : Float.hashCode(f);
    }

    private static boolean arrayEq(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    private static boolean arrayEq(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    private static boolean arrayEq(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
        return true;
    }

    private static void checkTyped(Typed t, String what) {
        GoType.Kind k = t.type.kind;
        if (k == GoType.Kind.SLICE || k == GoType.Kind.MAP || k == GoType.Kind.FUNC) {
            String msg = what.equals("hash of") ? "hash of unhashable type " + t.type : "comparing uncomparable type " + t.type;
            throw GoPanic.raise(RuntimeError.plain(msg));
        }
    }

    /** Slices, maps and funcs have no ==; gc names the dynamic type in the panic. */
    private static void checkComparable(Object a, String what) {
        String t = uncomparableName(a);
        if (t == null) return;
        String msg = what.equals("hash of") ? "hash of unhashable type " + t : "comparing uncomparable type " + t;
        throw GoPanic.raise(RuntimeError.plain(msg));
    }

    private static String uncomparableName(Object a) {
        String n = a.getClass().getName();
        if (a instanceof GoMap) return "map";
        if (n.startsWith("gojc.runtime.func.")) return "func";
        if (!n.startsWith("gojc.runtime.slice.")) return null;
        return switch (a.getClass().getSimpleName()) {
            case "BoolSlice" -> "[]bool";
            case "ByteSlice" -> "[]uint8";
            case "ShortSlice" -> "[]int16";
            case "CharSlice" -> "[]uint16";
            case "IntSlice" -> "[]int32";
            case "LongSlice" -> "[]int";
            case "FloatSlice" -> "[]float32";
            case "DoubleSlice" -> "[]float64";
            default -> "[]interface {}";
        };
    }
}
