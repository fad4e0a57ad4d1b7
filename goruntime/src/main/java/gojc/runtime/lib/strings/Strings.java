// Package strings's functions bound from goruntime/src/main/go/strings/strings.go, working on
// the UTF-8 bytes directly as Go's do (invalid bytes decode as U+FFFD where runes matter).
package gojc.runtime.lib.strings;

import gojc.runtime.Buf;
import gojc.runtime.GoPanic;
import gojc.runtime.ByteSearch;
import gojc.runtime.GoString;
import gojc.runtime.Utf8;
import gojc.runtime.lib.unicode.Unicode;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.slice.Slice;
import java.util.ArrayList;
import java.util.List;

public final class Strings {
    private Strings() {}

    public static boolean Contains(GoString s, GoString substr) {
        return Index(s, substr) >= 0;
    }

    public static long Index(GoString s, GoString substr) {
        return substr.len() == 0 ? 0 : ByteSearch.index(s, substr);
    }

    public static long IndexByte(GoString s, int c) {
        return ByteSearch.indexByte(s, c);
    }

    public static GoString Repeat(GoString s, long count) {
        if (count == 0) {
            return GoString.EMPTY;
        }
        if (count < 0) {
            throw GoPanic.raise(GoString.of("strings: negative Repeat count"));
        }
        long total = (long) s.len() * count;
        if (total / count != s.len() || total > Integer.MAX_VALUE - 8) {
            throw GoPanic.raise(GoString.of("strings: Repeat count causes overflow"));
        }
        byte[] b = new byte[(int) total];
        for (int i = 0; i < count; i++) {
            s.copyTo(b, i * s.len());
        }
        return GoString.wrap(b);
    }

    public static GoString ToUpper(GoString s) {
        return mapRunes(s, true);
    }

    public static GoString ToLower(GoString s) {
        return mapRunes(s, false);
    }

    private static GoString mapRunes(GoString s, boolean upper) {
        byte[] b = s.toByteArray();
        Buf out = new Buf(b.length);
        for (int i = 0; i < b.length; ) {
            long d = Utf8.decode(b, i, b.length);
            int r = (int) d;
            out.addRune(upper ? Unicode.ToUpper(r) : Unicode.ToLower(r));
            i += (int) (d >>> 32);
        }
        return out.toGoString();
    }

    public static Slice Split(GoString s, GoString sep) {
        List<Object> parts = new ArrayList<>();
        if (sep.len() == 0) {
            byte[] b = s.toByteArray();
            for (int i = 0; i < b.length; ) {
                int w = (int) (Utf8.decode(b, i, b.length) >>> 32);
                parts.add(GoString.slice(s, i, i + w));
                i += w;
            }
        } else {
            int start = 0;
            for (long at = ByteSearch.index(s, sep); at >= 0; at = next(s, sep, start)) {
                parts.add(GoString.slice(s, start, at));
                start = (int) at + sep.len();
            }
            parts.add(GoString.sliceFrom(s, start));
        }
        return Slice.of(parts.toArray());
    }

    /** The first instance of sep in s at or after from, or -1. */
    private static long next(GoString s, GoString sep, int from) {
        long i = ByteSearch.index(GoString.sliceFrom(s, from), sep);
        return i < 0 ? -1 : i + from;
    }

    public static GoString Join(Slice elems, GoString sep) {
        int n = elems == null ? 0 : elems.len;
        if (n == 0) {
            return GoString.EMPTY;
        }
        Buf out = new Buf();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.add(sep);
            }
            out.add((GoString) elems.array[elems.off + i]);
        }
        return out.toGoString();
    }

    public static GoString TrimSpace(GoString s) {
        byte[] b = s.toByteArray();
        int start = 0;
        while (start < b.length) {
            long d = Utf8.decode(b, start, b.length);
            if (!isSpace((int) d)) {
                break;
            }
            start += (int) (d >>> 32);
        }
        int end = b.length;
        while (end > start) {
            int k = end - 1;
            while (k > start && (b[k] & 0xC0) == 0x80 && end - k < 4) {
                k--;
            }
            long d = Utf8.decode(b, k, end);
            if ((int) (d >>> 32) != end - k) {
                k = end - 1;
                d = Utf8.decode(b, k, end);
            }
            if (!isSpace((int) d)) {
                break;
            }
            end = k;
        }
        return GoString.slice(s, start, end);
    }

    public static boolean HasPrefix(GoString s, GoString prefix) {
        return s.len() >= prefix.len() && GoString.eq(GoString.slice(s, 0, prefix.len()), prefix);
    }

    public static boolean HasSuffix(GoString s, GoString suffix) {
        return s.len() >= suffix.len() && GoString.eq(GoString.sliceFrom(s, s.len() - suffix.len()), suffix);
    }

    public static long encodeRuneAt(ByteSlice buf, long i, int r) {
        return gojc.runtime.Utf8.encode(r, buf.array, buf.off + (int) i);
    }

    public static GoString builderString(ByteSlice b) {
        return b == null ? GoString.EMPTY : GoString.wrap(b.array, b.off, b.len);
    }

    public static Slice Fields(GoString s) {
        Slice ascii = asciiFields(s);
        return ascii != null ? ascii : unicodeFields(s);
    }

    /** Fields of an ASCII string: counted first, so the result is allocated once; null if not ASCII. */
    private static Slice asciiFields(GoString s) {
        int n = 0, len = s.len();
        boolean in = false;
        for (int i = 0; i < len; i++) {
            int c = s.byteAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        Object[] parts = new Object[n];
        int k = 0, start = -1;
        for (int i = 0; i < len; i++) {
            int c = s.byteAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                if (start >= 0) {
                    parts[k++] = GoString.slice(s, start, i);
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            parts[k] = GoString.sliceFrom(s, start);
        }
        return Slice.of(parts);
    }

    private static Slice unicodeFields(GoString s) {
        byte[] b = s.toByteArray();
        List<Object> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < b.length; ) {
            long d = Utf8.decode(b, i, b.length);
            int w = (int) (d >>> 32);
            if (isSpace((int) d)) {
                if (start >= 0) {
                    parts.add(GoString.slice(s, start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            parts.add(GoString.sliceFrom(s, start));
        }
        return Slice.of(parts.toArray());
    }

    public static long LastIndex(GoString s, GoString substr) {
        return substr.len() == 0 ? s.len() : ByteSearch.lastIndex(s, substr);
    }

    /** Non-overlapping instances of substr; an empty substr counts the runes plus one. */
    public static long Count(GoString s, GoString substr) {
        if (substr.len() == 0) {
            byte[] b = s.toByteArray();
            long n = 1;
            for (int i = 0; i < b.length; n++) {
                i += (int) (Utf8.decode(b, i, b.length) >>> 32);
            }
            return n;
        }
        return ByteSearch.count(s, substr);
    }

    public static GoString ToTitle(GoString s) {
        byte[] b = s.toByteArray();
        Buf out = new Buf(b.length);
        for (int i = 0; i < b.length; ) {
            long d = Utf8.decode(b, i, b.length);
            out.addRune(Unicode.ToTitle((int) d));
            i += (int) (d >>> 32);
        }
        return out.toGoString();
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

    public static boolean isNumber(int r) {
        return Unicode.IsNumber(r);
    }
}
