// Package bytes's searching and comparing functions bound from goruntime/src/main/go/bytes:
// the hot loops over byte slices (Go uses assembly for these), written against the slice's array
// directly so the JIT can vectorise them. nil slices arrive as null and behave as empty.
package gojc.runtime.lib.bytes;

import gojc.runtime.lib.unicode.Unicode;
import gojc.runtime.slice.ByteSlice;
import java.util.Arrays;

public final class Bytes {
    private Bytes() {}

    public static boolean Equal(ByteSlice a, ByteSlice b) {
        int na = a == null ? 0 : a.len;
        int nb = b == null ? 0 : b.len;
        if (na != nb) {
            return false;
        }
        return na == 0 || Arrays.equals(a.array, a.off, a.off + na, b.array, b.off, b.off + nb);
    }

    public static long Compare(ByteSlice a, ByteSlice b) {
        int na = a == null ? 0 : a.len;
        int nb = b == null ? 0 : b.len;
        if (na == 0 || nb == 0) {
            return Integer.compare(na, nb);
        }
        int c = Arrays.compareUnsigned(a.array, a.off, a.off + na, b.array, b.off, b.off + nb);
        return Integer.signum(c);
    }

    public static long IndexByte(ByteSlice s, int c) {
        if (s == null) {
            return -1;
        }
        byte[] a = s.array;
        byte b = (byte) c;
        for (int i = s.off, end = s.off + s.len; i < end; i++) {
            if (a[i] == b) {
                return i - s.off;
            }
        }
        return -1;
    }

    public static long LastIndexByte(ByteSlice s, int c) {
        if (s == null) {
            return -1;
        }
        byte[] a = s.array;
        byte b = (byte) c;
        for (int i = s.off + s.len - 1; i >= s.off; i--) {
            if (a[i] == b) {
                return i - s.off;
            }
        }
        return -1;
    }

    public static long Index(ByteSlice s, ByteSlice sep) {
        int n = sep == null ? 0 : sep.len;
        if (n == 0) {
            return 0;
        }
        if (s == null) {
            return -1;
        }
        return indexFrom(s.array, s.off, s.len, sep.array, sep.off, n, 0);
    }

    /** The first i >= from with s[i:i+n] == sep, relative to s's start, or -1. */
    private static int indexFrom(byte[] a, int off, int len, byte[] p, int poff, int n, int from) {
        byte first = p[poff];
        int last = off + len - n;
        for (int i = off + from; i <= last; i++) {
            if (a[i] != first) {
                continue;
            }
            if (Arrays.equals(a, i, i + n, p, poff, poff + n)) {
                return i - off;
            }
        }
        return -1;
    }

    public static long LastIndex(ByteSlice s, ByteSlice sep) {
        int n = sep == null ? 0 : sep.len;
        int ns = s == null ? 0 : s.len;
        if (n == 0) {
            return ns;
        }
        if (n > ns) {
            return -1;
        }
        byte[] a = s.array;
        byte first = sep.array[sep.off];
        for (int i = s.off + ns - n; i >= s.off; i--) {
            if (a[i] == first && Arrays.equals(a, i, i + n, sep.array, sep.off, sep.off + n)) {
                return i - s.off;
            }
        }
        return -1;
    }

    /** Non-overlapping instances of a non-empty sep in s. */
    public static long countNonEmpty(ByteSlice s, ByteSlice sep) {
        if (s == null) {
            return 0;
        }
        int n = sep.len;
        long count = 0;
        int i = 0;
        while (true) {
            int j = indexFrom(s.array, s.off, s.len, sep.array, sep.off, n, i);
            if (j < 0) {
                return count;
            }
            count++;
            i = j + n;
        }
    }

    public static boolean isSpace(int r) {
        return Unicode.IsSpace(r);
    }

    public static int toTitle(int r) {
        return Unicode.ToTitle(r);
    }

    public static int toUpper(int r) {
        return Unicode.ToUpper(r);
    }

    public static int toLower(int r) {
        return Unicode.ToLower(r);
    }

    public static int simpleFold(int r) {
        return Unicode.SimpleFold(r);
    }

    public static boolean isLetter(int r) {
        return Unicode.IsLetter(r);
    }

    public static boolean isDigit(int r) {
        return Unicode.IsDigit(r);
    }
}
