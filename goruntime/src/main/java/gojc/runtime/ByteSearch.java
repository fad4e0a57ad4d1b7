// Searching byte arrays, shared by package bytes (slices) and package strings (strings), for
// which Go uses vector assembly. The JDK has the same vector code for its Latin-1 strings
// (StringLatin1.indexOfChar and indexOf, compiler intrinsics); a built program opens java.lang
// to gojc (its manifest's Add-Opens), so those are called directly on the Go bytes without
// copying them. Where java.lang is not open the searches read eight bytes at a time as a long.
package gojc.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

public final class ByteSearch {
    private ByteSearch() {}

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /** StringLatin1.indexOfChar(byte[] a, int c, int from, int to), or null. */
    private static final MethodHandle INDEX_OF_CHAR;
    /** StringLatin1.indexOf(byte[] a, int to, byte[] p, int n, int from), or null. */
    private static final MethodHandle INDEX_OF;

    static {
        MethodHandle ch = null, str = null;
        try {
            Class<?> latin1 = Class.forName("java.lang.StringLatin1");
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(latin1, MethodHandles.lookup());
            ch = l.findStatic(latin1, "indexOfChar",
                    MethodType.methodType(int.class, byte[].class, int.class, int.class, int.class));
            str = l.findStatic(latin1, "indexOf",
                    MethodType.methodType(int.class, byte[].class, int.class, byte[].class, int.class, int.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            ch = null;
            str = null;
        }
        INDEX_OF_CHAR = ch;
        INDEX_OF = str;
    }

    /** Each byte of w that is zero becomes 0x80, every other byte 0 (exact, no false positives). */
    private static long zeroBytes(long w) {
        return ~(((w & LOW7) + LOW7) | w | LOW7);
    }

    /** The first index in a[from:to] holding b, or -1. */
    public static int indexOfByte(byte[] a, int from, int to, byte b) {
        if (from >= to) {
            return -1;
        }
        if (INDEX_OF_CHAR != null) {
            try {
                return (int) INDEX_OF_CHAR.invokeExact(a, (int) b, from, to);
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        }
        int i = from;
        long pattern = (b & 0xFFL) * ONES;
        for (; i + 8 <= to; i += 8) {
            long z = zeroBytes((long) LONGS.get(a, i) ^ pattern);
            if (z != 0) {
                return i + (Long.numberOfTrailingZeros(z) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The number of bytes in a[from:to] equal to b. */
    public static long countByte(byte[] a, int from, int to, byte b) {
        long n = 0;
        int i = from;
        long pattern = (b & 0xFFL) * ONES;
        for (; i + 32 <= to; i += 32) {
            long z0 = zeroBytes((long) LONGS.get(a, i) ^ pattern);
            long z1 = zeroBytes((long) LONGS.get(a, i + 8) ^ pattern);
            long z2 = zeroBytes((long) LONGS.get(a, i + 16) ^ pattern);
            long z3 = zeroBytes((long) LONGS.get(a, i + 24) ^ pattern);
            // each flag is the top bit of its byte: shifted apart they sum without carries
            n += Long.bitCount(z0 | z1 >>> 1 | z2 >>> 2 | z3 >>> 3);
        }
        for (; i + 8 <= to; i += 8) {
            n += Long.bitCount(zeroBytes((long) LONGS.get(a, i) ^ pattern));
        }
        for (; i < to; i++) {
            if (a[i] == b) {
                n++;
            }
        }
        return n;
    }

    /**
     * The first i in [from, to - n] with a[i:i+n] == p[poff:poff+n], or -1; n > 0. Absolute
     * indices into a.
     */
    public static int indexOf(byte[] a, int from, int to, byte[] p, int poff, int n) {
        if (n > to - from) {
            return -1;
        }
        if (n == 1) {
            return indexOfByte(a, from, to, p[poff]);
        }
        if (INDEX_OF != null) {
            byte[] needle = poff == 0 ? p : Arrays.copyOfRange(p, poff, poff + n);
            try {
                return (int) INDEX_OF.invokeExact(a, to, needle, n, from);
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        }
        byte first = p[poff];
        int last = to - n;
        for (int i = from; i <= last; i++) {
            i = indexOfByte(a, i, last + 1, first);
            if (i < 0) {
                return -1;
            }
            if (Arrays.equals(a, i + 1, i + n, p, poff + 1, poff + n)) {
                return i;
            }
        }
        return -1;
    }

    /** Non-overlapping instances of p[poff:poff+n] in a[from:to]; n > 0. */
    public static long count(byte[] a, int from, int to, byte[] p, int poff, int n) {
        if (n == 1) {
            return countByte(a, from, to, p[poff]);
        }
        if (INDEX_OF != null && poff != 0) {
            p = Arrays.copyOfRange(p, poff, poff + n);
            poff = 0;
        }
        long count = 0;
        for (int i = indexOf(a, from, to, p, poff, n); i >= 0; i = indexOf(a, i + n, to, p, poff, n)) {
            count++;
        }
        return count;
    }

    /** The last i in [from, to - n] with a[i:i+n] == p[poff:poff+n], or -1; n > 0. */
    public static int lastIndexOf(byte[] a, int from, int to, byte[] p, int poff, int n) {
        byte first = p[poff];
        for (int i = to - n; i >= from; i--) {
            if (a[i] == first && Arrays.equals(a, i + 1, i + n, p, poff + 1, poff + n)) {
                return i;
            }
        }
        return -1;
    }

    /** strings.Index for a non-empty substr. */
    public static long index(GoString s, GoString substr) {
        int i = indexOf(s.bytes, s.off, s.off + s.len, substr.bytes, substr.off, substr.len);
        return i < 0 ? -1 : i - s.off;
    }

    public static long indexByte(GoString s, int c) {
        int i = indexOfByte(s.bytes, s.off, s.off + s.len, (byte) c);
        return i < 0 ? -1 : i - s.off;
    }

    /** strings.LastIndex for a non-empty substr. */
    public static long lastIndex(GoString s, GoString substr) {
        int i = lastIndexOf(s.bytes, s.off, s.off + s.len, substr.bytes, substr.off, substr.len);
        return i < 0 ? -1 : i - s.off;
    }

    /** strings.Count for a non-empty substr. */
    public static long count(GoString s, GoString substr) {
        return count(s.bytes, s.off, s.off + s.len, substr.bytes, substr.off, substr.len);
    }
}
