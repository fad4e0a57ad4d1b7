// Package bytes's searching and comparing functions bound from goruntime/src/main/go/bytes:
// the hot loops over byte slices, for which Go uses assembly. Comparisons use the JDK's
// vectorised Arrays methods; searches are gojc.runtime.ByteSearch's, shared with package
// strings. nil slices arrive as null and behave as empty.
package gojc.runtime.lib.bytes;

import gojc.runtime.ByteSearch;
import gojc.runtime.GoString;
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
        int i = ByteSearch.indexOfByte(s.array, s.off, s.off + s.len, (byte) c);
        return i < 0 ? -1 : i - s.off;
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
        int i = ByteSearch.indexOf(s.array, s.off, s.off + s.len, sep.array, sep.off, n);
        return i < 0 ? -1 : i - s.off;
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
        int i = ByteSearch.lastIndexOf(s.array, s.off, s.off + ns, sep.array, sep.off, n);
        return i < 0 ? -1 : i - s.off;
    }

    /** Non-overlapping instances of a non-empty sep in s. */
    public static long countNonEmpty(ByteSlice s, ByteSlice sep) {
        if (s == null) {
            return 0;
        }
        return ByteSearch.count(s.array, s.off, s.off + s.len, sep.array, sep.off, sep.len);
    }

    /**
     * IndexAny and LastIndexAny for an all-ASCII chars: only ASCII bytes of s can match then
     * (a multi-byte or invalid sequence decodes to a rune that is not ASCII).
     */
    public static long indexAnyASCII(ByteSlice s, GoString chars, boolean last) {
        if (s == null) {
            return -1;
        }
        long lo = 0, hi = 0;
        for (int i = 0; i < chars.len(); i++) {
            int c = chars.at(i);
            if (c < 64) {
                lo |= 1L << c;
            } else {
                hi |= 1L << (c - 64);
            }
        }
        byte[] a = s.array;
        int from = s.off, to = s.off + s.len;
        if (last) {
            for (int i = to - 1; i >= from; i--) {
                int c = a[i];
                if (c >= 0 && ((c < 64 ? lo >>> c : hi >>> (c - 64)) & 1) != 0) {
                    return i - from;
                }
            }
            return -1;
        }
        for (int i = from; i < to; i++) {
            int c = a[i];
            if (c >= 0 && ((c < 64 ? lo >>> c : hi >>> (c - 64)) & 1) != 0) {
                return i - from;
            }
        }
        return -1;
    }

    /**
     * ToUpper's and ToLower's ASCII case: null if s holds a non-ASCII byte. An s with nothing to
     * change is copied as Go copies it, append([]byte(""), s...), for the same capacity.
     */
    public static ByteSlice asciiCase(ByteSlice s, boolean upper) {
        int n = s == null ? 0 : s.len;
        byte from = (byte) (upper ? 'a' : 'A');
        boolean change = false;
        for (int i = 0; i < n; i++) {
            byte c = s.array[s.off + i];
            if (c < 0) {
                return null;
            }
            change |= (byte) (c - from) >= 0 && (byte) (c - from) < 26;
        }
        if (!change) {
            return ByteSlice.appendSlice(GoString.toBytes(GoString.EMPTY), s);
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            byte c = s.array[s.off + i];
            b[i] = (byte) (c - from) >= 0 && (byte) (c - from) < 26 ? (byte) (c ^ 0x20) : c;
        }
        return ByteSlice.of(b);
    }

    /** Buffer's write: s into dst at index at, which the caller has made room for. */
    public static void copyString(ByteSlice dst, long at, GoString s) {
        s.copyTo(dst.array, dst.off + (int) at);
    }

    public static void copyBytes(ByteSlice dst, long at, ByteSlice src) {
        if (src != null && src.len > 0) {
            System.arraycopy(src.array, src.off, dst.array, dst.off + (int) at, src.len);
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
