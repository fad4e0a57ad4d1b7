// The formatting state of one verb (Go's fmt.fmt): flags, width, precision, and the primitive
// formatters for integers, floats, strings, bytes and runes with Go's padding rules (zero padding
// goes after the sign; '-' pads on the right; width counts runes).
package gojc.runtime.lib.fmt;

import gojc.runtime.Buf;
import gojc.runtime.GoString;
import gojc.runtime.Utf8;

final class Format {
    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    final Buf buf;
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    boolean plusV;
    boolean sharpV;
    int wid;
    int prec;

    Format(Buf buf) {
        this.buf = buf;
    }

    void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    void writePadding(int n) {
        if (n > 0) {
            buf.repeat(zero ? '0' : ' ', n);
        }
    }

    /** Writes b padded to the width; b's width is its rune count. */
    void pad(byte[] b, int off, int len) {
        if (!widPresent || wid == 0) {
            buf.add(b, off, len);
            return;
        }
        int width = wid - runeCount(b, off, len);
        if (!minus) {
            writePadding(width);
            buf.add(b, off, len);
        } else {
            buf.add(b, off, len);
            writePadding(width);
        }
    }

    void pad(String ascii) {
        byte[] b = ascii.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        pad(b, 0, b.length);
    }

    static int runeCount(byte[] b, int off, int len) {
        int n = 0;
        for (int i = off, end = off + len; i < end; n++) {
            i += (int) (Utf8.decode(b, i, end) >>> 32);
        }
        return n;
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    /** Integers in any base; u holds the bits, isSigned says how to read them. */
    void fmtInteger(long u, int base, boolean isSigned, char verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        int precision = 0;
        if (precPresent) {
            precision = prec;
            if (precision == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            precision = wid;
            if (negative || plus || space) {
                precision--;
            }
        }
        StringBuilder s = new StringBuilder(Long.toUnsignedString(u, base));
        if (digits == UDIGITS) {
            s = new StringBuilder(s.toString().toUpperCase());
        }
        while (s.length() < precision) {
            s.insert(0, '0');
        }
        if (sharp) {
            switch (base) {
                case 2 -> s.insert(0, "0b");
                case 8 -> {
                    if (s.charAt(0) != '0') {
                        s.insert(0, '0');
                    }
                }
                case 16 -> s.insert(0, digits == UDIGITS ? "0X" : "0x");
                default -> { }
            }
        }
        if (verb == 'O') {
            s.insert(0, "0o");
        }
        if (negative) {
            s.insert(0, '-');
        } else if (plus) {
            s.insert(0, '+');
        } else if (space) {
            s.insert(0, ' ');
        }
        boolean oldZero = zero;
        zero = false;
        pad(s.toString());
        zero = oldZero;
    }

    /** %U: U+0041, or U+0041 'A' with '#'. */
    void fmtUnicode(long u) {
        StringBuilder s = new StringBuilder(Long.toHexString(u).toUpperCase());
        int precision = precPresent && prec > 4 ? prec : 4;
        while (s.length() < precision) {
            s.insert(0, '0');
        }
        s.insert(0, "U+");
        Buf b = new Buf();
        b.add(s.toString());
        if (sharp && u >= 0 && u <= 0x10FFFF && Quote.isPrint((int) u)) {
            b.add(" '").addRune((int) u).add('\'');
        }
        boolean oldZero = zero;
        zero = false;
        byte[] r = b.copyFrom(0);
        pad(r, 0, r.length);
        zero = oldZero;
    }

    /** %c */
    void fmtC(long c) {
        int r = c < 0 || c > 0x10FFFF ? Utf8.RUNE_ERROR : (int) c;
        byte[] b = new byte[4];
        int n = Utf8.encode(r, b, 0);
        pad(b, 0, n);
    }

    /** %q on an integer: a quoted rune literal. */
    void fmtQc(long c) {
        int r = c < 0 || c > 0x10FFFF ? Utf8.RUNE_ERROR : (int) c;
        byte[] q = Quote.quoteRune(r, plus).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        pad(q, 0, q.length);
    }

    void fmtFloat(double v, int size, char verb, int precision) {
        if (precPresent) {
            precision = prec;
        }
        String num = Floats.format(v, verb, precision, size);
        if (num.charAt(0) != '-' && num.charAt(0) != '+') {
            num = "+" + num;
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num = " " + num.substring(1);
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num = num.substring(1);
            }
            pad(num);
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            num = sharpFloat(num, verb, precision);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && widPresent && wid > num.length()) {
                buf.add(num.charAt(0));
                writePadding(wid - num.length());
                buf.add(num.substring(1));
                return;
            }
            pad(num);
            return;
        }
        pad(num.substring(1));
    }

    /** '#' keeps a decimal point and %g's trailing zeros. */
    private static String sharpFloat(String num, char verb, int precision) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G') {
            digits = precision == -1 ? 6 : precision;
        }
        String tail = "";
        int e = Math.max(num.indexOf('e'), num.indexOf('E'));
        if (e >= 0) {
            tail = num.substring(e);
            num = num.substring(0, e);
        }
        boolean hasPoint = num.indexOf('.') >= 0;
        boolean sawNonzero = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c != '0') {
                sawNonzero = true;
            }
            if (sawNonzero) {
                digits--;
            }
        }
        StringBuilder b = new StringBuilder(num);
        if (!hasPoint) {
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--;
            }
            b.append('.');
        }
        while (digits > 0) {
            b.append('0');
            digits--;
        }
        return b.append(tail).toString();
    }

    /** %s with precision truncating to runes. */
    void fmtS(byte[] b, int off, int len) {
        if (precPresent) {
            int n = 0;
            int i = off;
            int end = off + len;
            while (i < end && n < prec) {
                i += (int) (Utf8.decode(b, i, end) >>> 32);
                n++;
            }
            len = i - off;
        }
        pad(b, off, len);
    }

    void fmtS(GoString s) {
        byte[] b = s.toByteArray();
        fmtS(b, 0, b.length);
    }

    /** %x / %X of a string or byte slice. */
    void fmtSbx(byte[] b, int off, int len, String digits) {
        int length = len;
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.add('0').add(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.add(' ');
                if (sharp) {
                    buf.add('0').add(digits.charAt(16));
                }
            }
            int c = b[off + i] & 0xFF;
            buf.add(digits.charAt(c >> 4)).add(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    /** %q of a string. */
    void fmtQ(byte[] b, int off, int len) {
        if (precPresent) {
            int n = 0;
            int i = off;
            int end = off + len;
            while (i < end && n < prec) {
                i += (int) (Utf8.decode(b, i, end) >>> 32);
                n++;
            }
            len = i - off;
        }
        String q = sharp && Quote.canBackquote(b, off, len)
            ? "`" + new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8) + "`"
            : Quote.quote(b, off, len, plus);
        pad(q);
    }
}
