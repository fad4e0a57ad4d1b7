// Go-syntax quoting as strconv.Quote and QuoteRune do it, for %q: printable runes stay, the
// usual escapes (newline, tab, ...) are used, invalid UTF-8 bytes become hex byte escapes and
// other unprintable runes 4- or 8-digit Unicode escapes.
package gojc.runtime.lib.fmt;

import gojc.runtime.Utf8;

final class Quote {
    private Quote() {}

    /** unicode.IsPrint (and strconv.IsPrint): Go 1.19's Unicode 13.0.0 tables, not the JDK's. */
    static boolean isPrint(int r) {
        return gojc.runtime.lib.unicode.Unicode.IsPrint(r);
    }

    static String quote(byte[] b, int off, int len, boolean asciiOnly) {
        StringBuilder s = new StringBuilder(len + 2).append('"');
        for (int i = off, end = off + len; i < end; ) {
            long d = Utf8.decode(b, i, end);
            int r = (int) d;
            int w = (int) (d >>> 32);
            if (w == 1 && r == Utf8.RUNE_ERROR) {
                s.append("\\x").append(hex(b[i] & 0xFF, 2));
            } else {
                escaped(s, r, '"', asciiOnly);
            }
            i += w;
        }
        return s.append('"').toString();
    }

    static String quoteRune(int r, boolean asciiOnly) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = Utf8.RUNE_ERROR;
        }
        StringBuilder s = new StringBuilder().append('\'');
        escaped(s, r, '\'', asciiOnly);
        return s.append('\'').toString();
    }

    private static void escaped(StringBuilder s, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            s.append('\\').append((char) r);
            return;
        }
        if (asciiOnly ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
            s.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7 -> s.append("\\a");
            case '\b' -> s.append("\\b");
            case '\f' -> s.append("\\f");
            case '\n' -> s.append("\\n");
            case '\r' -> s.append("\\r");
            case '\t' -> s.append("\\t");
            case 11 -> s.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    s.append("\\x").append(hex(r, 2));
                } else if (r < 0x10000) {
                    s.append("\\u").append(hex(r, 4));
                } else {
                    s.append("\\U").append(hex(r, 8));
                }
            }
        }
    }

    static boolean canBackquote(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; ) {
            long d = Utf8.decode(b, i, end);
            int r = (int) d;
            int w = (int) (d >>> 32);
            if (w > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
            } else if (r == Utf8.RUNE_ERROR) {
                return false;
            } else if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
            i += w;
        }
        return true;
    }

    private static String hex(int v, int width) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }
}
