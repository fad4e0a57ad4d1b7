// Package sort's functions bound from goruntime/src/main/go/sort: sorting []int and []string
// (equal elements are indistinguishable, so the JDK's sorts give Go's result), and the element
// swap sort.Slice needs for a slice of any type.
package gojc.runtime.lib.sort;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.slice.LongSlice;
import gojc.runtime.slice.Slice;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Arrays;

public final class Sort {
    private Sort() {}

    public static void Ints(LongSlice x) {
        if (x != null) {
            Arrays.sort(x.array, x.off, x.off + x.len);
        }
    }

    public static void Strings(Slice x) {
        if (x != null) {
            Arrays.sort(x.array, x.off, x.off + x.len, (a, b) -> GoString.compare((GoString) a, (GoString) b));
        }
    }

    /** The slice inside an interface value: the object itself, or the value of a typed box. */
    private static Object unbox(Object x) {
        if (x == null) {
            throw GoPanic.raise(GoString.of("reflect: call of Swapper on zero Value"));
        }
        String cls = x.getClass().getName();
        if (cls.startsWith("gojc.runtime.slice.")) {
            return x;
        }
        try {
            Method value = x.getClass().getMethod("value", Object.class);
            return value.invoke(null, x);
        } catch (ReflectiveOperationException e) {
            try {
                return x.getClass().getField("v").get(x);
            } catch (ReflectiveOperationException e2) {
                throw GoPanic.raise(GoString.of("reflect: call of Swapper on non-slice value"));
            }
        }
    }

    public static long length(Object x) {
        Object s = unbox(x);
        if (s == null) {
            return 0;
        }
        try {
            return s.getClass().getField("len").getInt(s);
        } catch (ReflectiveOperationException e) {
            throw GoPanic.raise(GoString.of("reflect: call of Swapper on non-slice value"));
        }
    }

    private static int checked(long i, int len) {
        if (i < 0 || i >= len) {
            throw GoPanic.raise(GoString.of("reflect: slice index out of range"));
        }
        return (int) i;
    }

    public static void swap(Object x, long i, long j) {
        Object s = x instanceof Slice || x instanceof LongSlice ? x : unbox(x);
        if (s instanceof Slice sl) {
            int a = checked(i, sl.len) + sl.off;
            int b = checked(j, sl.len) + sl.off;
            Object t = sl.array[a];
            sl.array[a] = sl.array[b];
            sl.array[b] = t;
            return;
        }
        if (s instanceof LongSlice sl) {
            int a = checked(i, sl.len) + sl.off;
            int b = checked(j, sl.len) + sl.off;
            long t = sl.array[a];
            sl.array[a] = sl.array[b];
            sl.array[b] = t;
            return;
        }
        try {
            Object array = s.getClass().getField("array").get(s);
            int off = s.getClass().getField("off").getInt(s);
            int len = s.getClass().getField("len").getInt(s);
            if (i < 0 || i >= len || j < 0 || j >= len) {
                throw GoPanic.raise(GoString.of("reflect: slice index out of range"));
            }
            int a = off + (int) i;
            int b = off + (int) j;
            Object t = Array.get(array, a);
            Array.set(array, a, Array.get(array, b));
            Array.set(array, b, t);
        } catch (ReflectiveOperationException e) {
            throw GoPanic.raise(GoString.of("reflect: call of Swapper on non-slice value"));
        }
    }
}
