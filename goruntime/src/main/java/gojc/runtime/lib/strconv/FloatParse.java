// strconv.ParseFloat: Go's literal syntax (decimal or hexadecimal mantissa, underscores between
// digits, inf/infinity/nan in any case) is checked here. Plain decimal text of at most 19
// significant digits goes Go's fast way (an exact float64 product or quotient, else
// Eisel-Lemire); everything else, and what those cannot decide, is the JDK's correctly rounded
// conversion.
package gojc.runtime.lib.strconv;

import gojc.runtime.GoString;
import gojc.runtime.tuple.T_DJ;

final class FloatParse {
    private FloatParse() {}

    private static final T_DJ SYNTAX = new T_DJ(0, 1);
    private static final double GO_NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    /** Exact powers of ten as float64 (10^22 is the last one). */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    static T_DJ parse(GoString s, int bitSize) {
        if (bitSize != 32) {
            long bits = fast64(s);
            if (bits != -1) {
                return new T_DJ(Double.longBitsToDouble(bits), 0);
            }
        }
        return parse(s.toString(), bitSize);
    }

    /**
     * [+-]digits[.digits][(e|E)[+-]digits] with at most 19 significant digits, read as Go's
     * readFloat reads it, then converted as Go's atof64exact or eiselLemire64 does; -1 for any
     * other text or when neither decides.
     */
    private static long fast64(GoString s) {
        int n = s.len(), i = 0;
        boolean neg = false;
        if (n > 0 && (s.byteAt(0) == '+' || s.byteAt(0) == '-')) {
            neg = s.byteAt(0) == '-';
            i++;
        }
        long mant = 0;
        int nd = 0, ndMant = 0, dp = 0;
        boolean sawDot = false, sawDigits = false;
        for (; i < n; i++) {
            int c = s.byteAt(i);
            if (c == '.') {
                if (sawDot) {
                    return -1;
                }
                sawDot = true;
                dp = nd;
            } else if (c >= '0' && c <= '9') {
                sawDigits = true;
                if (c == '0' && nd == 0) {
                    dp--;
                    continue;
                }
                nd++;
                if (ndMant < 19) {
                    mant = mant * 10 + (c - '0');
                    ndMant++;
                } else if (c != '0') {
                    return -1; // truncated: Go tries mant and mant+1; the JDK is as exact
                }
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return -1;
        }
        if (!sawDot) {
            dp = nd;
        }
        if (i < n) {
            int c = s.byteAt(i);
            if (c != 'e' && c != 'E') {
                return -1;
            }
            i++;
            int esign = 1;
            if (i < n && (s.byteAt(i) == '+' || s.byteAt(i) == '-')) {
                esign = s.byteAt(i) == '-' ? -1 : 1;
                i++;
            }
            if (i >= n) {
                return -1;
            }
            int e = 0;
            for (; i < n; i++) {
                c = s.byteAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                if (e < 10000) {
                    e = e * 10 + c - '0';
                }
            }
            dp += e * esign;
        }
        int exp = mant != 0 ? dp - ndMant : 0;
        if (mant >>> 52 == 0) {
            double f = neg ? -(double) mant : (double) mant;
            if (exp == 0) {
                return Double.doubleToRawLongBits(f);
            }
            if (exp > 0 && exp <= 15 + 22) {
                int k = exp;
                if (k > 22) { // small digits, big exponent: move zeros into the integer
                    f *= POW10[k - 22];
                    k = 22;
                }
                if (f <= 1e15 && f >= -1e15) {
                    return Double.doubleToRawLongBits(f * POW10[k]);
                }
            } else if (exp < 0 && exp >= -22) {
                return Double.doubleToRawLongBits(f / POW10[-exp]);
            }
        }
        return EiselLemire.float64Bits(mant, exp, neg);
    }

    static T_DJ parse(String s, int bitSize) {
        if (plainDecimal(s)) {
            double v = bitSize == 32 ? Float.parseFloat(s) : Double.parseDouble(s);
            return new T_DJ(v, Double.isInfinite(v) ? 2 : 0);
        }
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return new T_DJ(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, 0);
        }
        if (rest.equals("nan") && i == 0) {
            // Go's NaN() has bits 0x7FF8000000000001; through float32 the payload is lost
            return new T_DJ(bitSize == 32 ? Double.NaN : GO_NAN, 0);
        }
        boolean hex = rest.startsWith("0x");
        if (!valid(rest, hex) || (rest.indexOf('_') >= 0 && !underscoreOK(rest, hex))) {
            return SYNTAX;
        }
        String clean = (neg ? "-" : "") + rest.replace("_", "");
        double v;
        if (bitSize == 32) {
            v = Float.parseFloat(clean);
        } else {
            v = Double.parseDouble(clean);
        }
        return new T_DJ(v, Double.isInfinite(v) ? 2 : 0);
    }

    /**
     * [+-]digits[.digits][(e|E)[+-]digits] with a digit in the mantissa: text Go and the JDK read
     * alike, so it needs none of the rewriting below (underscores, hex, inf and nan, case).
     */
    private static boolean plainDecimal(String s) {
        int i = 0, n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** Digits with at most one point, at least one digit, then an exponent (required for hex). */
    private static boolean valid(String s, boolean hex) {
        int i = hex ? 2 : 0;
        boolean dot = false;
        boolean digits = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                continue;
            }
            if (c == '.') {
                if (dot) {
                    return false;
                }
                dot = true;
            } else if (c >= '0' && c <= '9' || hex && c >= 'a' && c <= 'f') {
                digits = true;
            } else {
                break;
            }
        }
        if (!digits) {
            return false;
        }
        if (i == s.length()) {
            return !hex;
        }
        char e = s.charAt(i);
        if (e != (hex ? 'p' : 'e')) {
            return false;
        }
        i++;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
            return false;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Underscores only between digits, or between the base prefix and a digit. */
    private static boolean underscoreOK(String s, boolean hex) {
        char saw = '^';
        int i = 0;
        if (hex) {
            i = 2;
            saw = '0';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || hex && c >= 'a' && c <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }
}
