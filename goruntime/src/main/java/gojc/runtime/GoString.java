// Go's string: an immutable sequence of bytes, by convention UTF-8. Slicing shares the backing
// array, len counts bytes, indexing yields bytes and ranging decodes runes with Go's rules for
// invalid input (U+FFFD, width 1). java.lang.String appears only at the JDK boundary.
package gojc.runtime;

import gojc.runtime.slice.ByteSlice;
import gojc.runtime.slice.IntSlice;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;

public final class GoString implements Comparable<GoString> {
    public static final GoString EMPTY = new GoString(new byte[0], 0, 0);

    final byte[] bytes;
    final int off;
    final int len;
    private int hash;

    GoString(byte[] bytes, int off, int len) {
        this.bytes = bytes;
        this.off = off;
        this.len = len;
    }

    /** Wraps bytes the caller promises never to modify again. */
    public static GoString wrap(byte[] bytes, int off, int len) {
        return len == 0 ? EMPTY : new GoString(bytes, off, len);
    }

    public static GoString wrap(byte[] bytes) {
        return wrap(bytes, 0, bytes.length);
    }

    /**
     * Bootstrap of the ConstantDynamic codegen emits for a string literal: the literal's bytes
     * travel as a Java string holding one char (0-255) per byte, which the class file stores
     * compactly and which resolves once per call site.
     */
    public static GoString constant(MethodHandles.Lookup lookup, String name, Class<?> type, String latin1) {
        return wrap(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static GoString of(String s) {
        return wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    public int len() {
        return len;
    }

    public int at(long i) {
        if (i < 0 || i >= len) {
            throw GoPanic.raise(RuntimeError.index(i, len));
        }
        return bytes[off + (int) i] & 0xFF;
    }

    /** The byte at i without a bounds check, 0-255; for runtime code that checked already. */
    public int byteAt(int i) {
        return bytes[off + i] & 0xFF;
    }

    /** A fresh copy of the bytes. */
    public byte[] toByteArray() {
        byte[] b = new byte[len];
        System.arraycopy(bytes, off, b, 0, len);
        return b;
    }

    /** Copies the bytes into dst at pos, for builders. */
    public void copyTo(byte[] dst, int pos) {
        System.arraycopy(bytes, off, dst, pos, len);
    }

    public static GoString concat(GoString a, GoString b) {
        if (a.len == 0) {
            return b;
        }
        if (b.len == 0) {
            return a;
        }
        byte[] r = new byte[a.len + b.len];
        System.arraycopy(a.bytes, a.off, r, 0, a.len);
        System.arraycopy(b.bytes, b.off, r, a.len, b.len);
        return new GoString(r, 0, r.length);
    }

    public static boolean eq(GoString a, GoString b) {
        return a == b || (a.len == b.len && java.util.Arrays.equals(a.bytes, a.off, a.off + a.len, b.bytes, b.off, b.off + b.len));
    }

    public static int compare(GoString a, GoString b) {
        return java.util.Arrays.compareUnsigned(a.bytes, a.off, a.off + a.len, b.bytes, b.off, b.off + b.len);
    }

    @Override
    public int compareTo(GoString o) {
        return compare(this, o);
    }

    public static GoString slice(GoString s, long lo, long hi) {
        if (hi < 0 || hi > s.len) {
            throw GoPanic.raise(RuntimeError.sliceAlen(hi, s.len));
        }
        if (lo < 0 || lo > hi) {
            throw GoPanic.raise(RuntimeError.sliceB(lo, hi));
        }
        return lo == hi ? EMPTY : new GoString(s.bytes, s.off + (int) lo, (int) (hi - lo));
    }

    public static GoString sliceFrom(GoString s, long lo) {
        return slice(s, lo, s.len);
    }

    /**
     * Decodes the rune at byte index i as Go's for-range does: the rune in the low 32 bits, its
     * width in the high 32. Any invalid or truncated sequence is U+FFFD with width 1.
     */
    public static long decodeRune(GoString s, int i) {
        return Utf8.decode(s.bytes, s.off + i, s.off + s.len);
    }

    public static GoString fromRune(int r) {
        byte[] b = new byte[4];
        int n = Utf8.encode(r, b, 0);
        return new GoString(b, 0, n);
    }

    public static GoString fromBytes(ByteSlice b) {
        if (b == null || b.len == 0) {
            return EMPTY;
        }
        byte[] r = new byte[b.len];
        System.arraycopy(b.array, b.off, r, 0, b.len);
        return new GoString(r, 0, r.length);
    }

    public static ByteSlice toBytes(GoString s) {
        byte[] r = new byte[s.len];
        System.arraycopy(s.bytes, s.off, r, 0, s.len);
        return ByteSlice.of(r);
    }

    public static GoString fromRunes(IntSlice rs) {
        if (rs == null || rs.len == 0) {
            return EMPTY;
        }
        byte[] b = new byte[rs.len * 4];
        int n = 0;
        for (int i = 0; i < rs.len; i++) {
            n = n + Utf8.encode(rs.array[rs.off + i], b, n);
        }
        return new GoString(b, 0, n);
    }

    public static IntSlice toRunes(GoString s) {
        int[] r = new int[s.len];
        int n = 0;
        for (int i = 0; i < s.len; ) {
            long d = Utf8.decode(s.bytes, s.off + i, s.off + s.len);
            r[n++] = (int) d;
            i += (int) (d >>> 32);
        }
        int[] exact = new int[n];
        System.arraycopy(r, 0, exact, 0, n);
        return IntSlice.of(exact);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoString g && eq(this, g);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && len > 0) {
            h = 1;
            for (int i = off, e = off + len; i < e; i++) {
                h = 31 * h + bytes[i];
            }
            hash = h;
        }
        return h;
    }

    /** The bytes decoded as UTF-8 (invalid sequences become U+FFFD), for the JDK boundary. */
    @Override
    public String toString() {
        return new String(bytes, off, len, StandardCharsets.UTF_8);
    }
}
