// strconv.ParseFloat: Go's literal syntax (decimal or hexadecimal mantissa, underscores between
// digits, inf/infinity/nan in any case) is checked here; the correctly rounded conversion is
// the JDK's.
package gojc.runtime.lib.strconv;

import gojc.runtime.tuple.T_DJ;

final class FloatParse {
    private FloatParse() {}

    private static final T_DJ SYNTAX = new T_DJ(0, 1);

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
            return new T_DJ(Double.NaN, 0);
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
