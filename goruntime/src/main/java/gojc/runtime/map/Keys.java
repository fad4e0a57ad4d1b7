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
        return switch (a) {
            case Double d -> d.doubleValue() == (Double) b;
            case Float f -> f.floatValue() == (Float) b;
            case GoString s -> GoString.eq(s, (GoString) b);
            case long[] x -> Arrays.equals(x, (long[]) b);
            case int[] x -> Arrays.equals(x, (int[]) b);
            case byte[] x -> Arrays.equals(x, (byte[]) b);
            case short[] x -> Arrays.equals(x, (short[]) b);
            case char[] x -> Arrays.equals(x, (char[]) b);
            case boolean[] x -> Arrays.equals(x, (boolean[]) b);
            case double[] x -> arrayEq(x, (double[]) b);
            case float[] x -> arrayEq(x, (float[]) b);
            case Object[] x -> arrayEq(x, (Object[]) b);
            default -> {
                checkComparable(a, "comparing");
                yield a.equals(b);
            }
        };
    }

    public static int hash(Object a) {
        return switch (a) {
            case null -> 0;
            case Typed t -> {
                checkTyped(t, "hash of");
                yield t.value == null ? 0 : t.type.kind == GoType.Kind.ARRAY ? hash(t.value) : t.value.hashCode();
            }
            case Double d -> hashD(d);
            case Float f -> hashF(f);
            case long[] x -> Arrays.hashCode(x);
            case int[] x -> Arrays.hashCode(x);
            case byte[] x -> Arrays.hashCode(x);
            case short[] x -> Arrays.hashCode(x);
            case char[] x -> Arrays.hashCode(x);
            case boolean[] x -> Arrays.hashCode(x);
            case double[] x -> {
                int h = 1;
                for (double d : x) h = 31 * h + hash(d);
                yield h;
            }
            case float[] x -> {
                int h = 1;
                for (float f : x) h = 31 * h + hash(f);
                yield h;
            }
            case Object[] x -> {
                int h = 1;
                for (Object o : x) h = 31 * h + hash(o);
                yield h;
            }
            default -> {
                checkComparable(a, "hash of");
                yield a.hashCode();
            }
        };
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
