package gojc.frontend.constant;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Literal spellings to exact values (the spec's "Integer/Floating-point/Rune/String literals"):
 * prefixes 0x 0o 0b and legacy octal, underscores, decimal and hexadecimal floats with exponents,
 * and the escape sequences of rune and string literals. Returns null for a malformed literal.
 */
public final class Literals {
    private Literals() {}

    public static Value parseInt(String text) {
        String s = text.replace("_", "");
        try {
            if (s.length() > 1 && s.charAt(0) == '0') {
                char c = Character.toLowerCase(s.charAt(1));
                if (c == 'x') return Value.of(new BigInteger(s.substring(2), 16));
                if (c == 'b') return Value.of(new BigInteger(s.substring(2), 2));
                if (c == 'o') return Value.of(new BigInteger(s.substring(2), 8));
                return Value.of(new BigInteger(s.substring(1), 8));
            }
            return Value.of(new BigInteger(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Value parseFloat(String text) {
        String s = text.replace("_", "").toLowerCase();
        try {
            if (s.startsWith("0x")) return parseHexFloat(s.substring(2));
            int e = s.indexOf('e');
            String mant = e < 0 ? s : s.substring(0, e);
            int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1).replace("+", ""));
            int dot = mant.indexOf('.');
            String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
            if (dot >= 0) exp -= mant.length() - dot - 1;
            if (digits.isEmpty()) digits = "0";
            return scale(new BigInteger(digits), BigInteger.TEN, exp);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static Value parseHexFloat(String s) {
        int p = s.indexOf('p');
        String mant = p < 0 ? s : s.substring(0, p);
        int exp = p < 0 ? 0 : Integer.parseInt(s.substring(p + 1).replace("+", ""));
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        if (dot >= 0) exp -= 4 * (mant.length() - dot - 1);
        if (digits.isEmpty()) digits = "0";
        return scale(new BigInteger(digits, 16), BigInteger.TWO, exp);
    }

    private static Value scale(BigInteger m, BigInteger base, int exp) {
        // gc rejects exponents this large too ("constant too large"); never build such numbers
        if (Math.abs(exp) > 20000) return null;
        if (exp >= 0) return Value.of(m.multiply(base.pow(exp)));
        return Value.rat(m, base.pow(-exp));
    }

    /** An imaginary literal {@code 1.5i}: a complex with zero real part. */
    public static Value parseImag(String text) {
        String s = text.substring(0, text.length() - 1);
        Value v = parseFloat(s);
        if (v == null) v = parseInt(s.replace("_", "").replaceFirst("^0+(?=\\d)", ""));
        return v == null ? null : new Value.Complex(Value.of(0), v);
    }

    /** A rune literal's code point, or null. */
    public static Value parseChar(String text) {
        byte[] b = unquote(text);
        if (b == null) return null;
        String inner = text.substring(1, text.length() - 1);
        if (inner.startsWith("\\") && inner.length() > 1 && "x01234567".indexOf(inner.charAt(1)) >= 0) {
            return b.length == 1 ? Value.of(b[0] & 0xFF) : null;
        }
        String str = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        if (str.codePointCount(0, str.length()) != 1) return null;
        return Value.of(str.codePointAt(0));
    }

    public static Value parseString(String text) {
        byte[] b = unquote(text);
        return b == null ? null : Value.ofBytes(b);
    }

    /** The bytes of a quoted Go string or rune literal (raw strings drop carriage returns). */
    public static byte[] unquote(String text) {
        if (text.length() < 2) return null;
        char q = text.charAt(0);
        String inner = text.substring(1, text.length() - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (q == '`') {
            byte[] raw = inner.replace("\r", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return raw;
        }
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (c != '\\') {
                int cp = inner.codePointAt(i);
                writeUtf8(out, cp);
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= inner.length()) return null;
            char e = inner.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'x' -> { out.write(Integer.parseInt(inner.substring(i, i + 2), 16)); i += 2; }
                case 'u' -> { writeUtf8(out, Integer.parseInt(inner.substring(i, i + 4), 16)); i += 4; }
                case 'U' -> { writeUtf8(out, Integer.parseInt(inner.substring(i, i + 8), 16)); i += 8; }
                default -> {
                    if (e >= '0' && e <= '7') {
                        out.write(Integer.parseInt(inner.substring(i - 1, i + 2), 8));
                        i += 2;
                    } else {
                        return null;
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** UTF-8 encoding of a code point; invalid ones (surrogates, > 0x10FFFF) become U+FFFD as Go does. */
    public static void writeUtf8(ByteArrayOutputStream out, long cp) {
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        int c = (int) cp;
        if (c < 0x80) out.write(c);
        else if (c < 0x800) { out.write(0xC0 | c >> 6); out.write(0x80 | c & 0x3F); }
        else if (c < 0x10000) { out.write(0xE0 | c >> 12); out.write(0x80 | c >> 6 & 0x3F); out.write(0x80 | c & 0x3F); }
        else {
            out.write(0xF0 | c >> 18); out.write(0x80 | c >> 12 & 0x3F);
            out.write(0x80 | c >> 6 & 0x3F); out.write(0x80 | c & 0x3F);
        }
    }
}
