// strconv's Quote family and Unquote's common case in the runtime: quoting walks the bytes once,
// copies printable ASCII as it is and escapes the rest exactly as Go's appendEscapedRune does;
// a double-quoted literal without escapes, newlines or invalid UTF-8 unquotes to its own body.
package gojc.runtime.lib.strconv;

import gojc.runtime.GoString;
import gojc.runtime.Utf8;
import gojc.runtime.lib.unicode.Unicode;
import java.util.Arrays;

final class Quote {
    private Quote() {}

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** Go's quoteWith: s quoted with quote, non-ASCII escaped if asciiOnly. */
    static GoString quoteWith(GoString str, int quote, boolean asciiOnly, boolean graphicOnly) {
        byte[] s = str.toByteArray();
        int n = s.length;
        byte[] buf = new byte[n + n / 2 + 2];
        int w = 0;
        buf[w++] = (byte) quote;
        for (int i = 0; i < n; ) {
            if (buf.length - w < 12) {
                buf = Arrays.copyOf(buf, buf.length * 2 + 12);
            }
            int c = s[i] & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != quote && c != '\\') {
                buf[w++] = (byte) c;
                i++;
                continue;
            }
            int r = c, width = 1;
            if (c >= 0x80) {
                long d = Utf8.decode(s, i, n);
                r = (int) d;
                width = (int) (d >>> 32);
            }
            if (width == 1 && r == Utf8.RUNE_ERROR) {
                w = hex(buf, w, 'x', c, 2);
                i++;
                continue;
            }
            if (r == quote || r == '\\') {
                buf[w++] = '\\';
                buf[w++] = (byte) r;
            } else if (!asciiOnly && r >= 0x80 && (Unicode.IsPrint(r) || graphicOnly && Unicode.IsGraphic(r))) {
                System.arraycopy(s, i, buf, w, width);
                w += width;
            } else { // ASCII left here is a control character: neither printable nor graphic
                w = escape(buf, w, r);
            }
            i += width;
        }
        buf[w++] = (byte) quote;
        return GoString.wrap(buf, 0, w);
    }

    /** The escape of a rune that is not printed as it is. */
    private static int escape(byte[] buf, int w, int r) {
        char e = switch (r) {
            case 7 -> 'a';
            case '\b' -> 'b';
            case '\f' -> 'f';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\t' -> 't';
            case 0x0B -> 'v';
            default -> 0;
        };
        if (e != 0) {
            buf[w++] = '\\';
            buf[w++] = (byte) e;
            return w;
        }
        if (r < ' ' || r == 0x7F) {
            return hex(buf, w, 'x', r, 2);
        }
        return r < 0x10000 ? hex(buf, w, 'u', r, 4) : hex(buf, w, 'U', r, 8);
    }

    private static int hex(byte[] buf, int w, char kind, int v, int digits) {
        buf[w++] = '\\';
        buf[w++] = (byte) kind;
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            buf[w++] = HEX[(v >>> shift) & 0xF];
        }
        return w;
    }

    /**
     * Whether the body of a double-quoted literal is its own value: no backslash, double quote
     * or newline, and valid UTF-8 (an invalid byte would unquote to U+FFFD).
     */
    static boolean plainBody(GoString body) {
        int n = body.len();
        for (int i = 0; i < n; i++) {
            int c = body.byteAt(i);
            if (c == '\\' || c == '"' || c == '\n') {
                return false;
            }
            if (c >= 0x80) {
                return validFrom(body, i);
            }
        }
        return true;
    }

    private static boolean validFrom(GoString body, int from) {
        byte[] b = body.toByteArray();
        for (int i = from; i < b.length; ) {
            int c = b[i] & 0xFF;
            if (c == '\\' || c == '"' || c == '\n') {
                return false;
            }
            if (c < 0x80) {
                i++;
                continue;
            }
            long d = Utf8.decode(b, i, b.length);
            if ((int) d == Utf8.RUNE_ERROR && (d >>> 32) == 1) {
                return false;
            }
            i += (int) (d >>> 32);
        }
        return true;
    }
}
