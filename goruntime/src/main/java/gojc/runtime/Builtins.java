// The builtins print and println: unbuffered writes to stderr in gc's own formats (floats as
// +1.500000e+000, pointers in hex), which differ from fmt's.
package gojc.runtime;

import java.nio.charset.StandardCharsets;

public final class Builtins {
    private Builtins() {}

    public static void printBool(boolean v) {
        out(v ? "true" : "false");
    }

    public static void printInt(long v) {
        out(Long.toString(v));
    }

    public static void printUint(long v) {
        out(Long.toUnsignedString(v));
    }

    public static void printFloat(double v) {
        out(formatFloat(v));
    }

    public static void printComplex(Complex128 c) {
        out(c.toString());
    }

    public static void printString(GoString s) {
        Stdout.flush();
        Stderr.write(s);
    }

    public static void printPointer(Object p) {
        out(formatPointer(p));
    }

    public static void printSpace() {
        out(" ");
    }

    public static void printNewline() {
        out("\n");
    }

    private static void out(String s) {
        Stdout.flush();
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        Stderr.write(b, 0, b.length);
    }

    /** gc's pointer format; the JVM has no addresses, so an identity hash stands in. */
    public static String formatPointer(Object p) {
        return p == null ? "0x0" : "0xc" + String.format("%09x", System.identityHashCode(p));
    }

    /**
     * gc's print format for floats: sign, one digit, six decimals, exponent of at least three
     * digits (+1.500000e+000). The digits come from the same scaled arithmetic gc uses (repeated
     * division by ten), so the rounding of the last digit matches it too.
     */
    public static String formatFloat(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v + v == v && v > 0) {
            return "+Inf";
        }
        if (v + v == v && v < 0) {
            return "-Inf";
        }
        final int digits = 7;
        char sign = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                sign = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                sign = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < digits; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        StringBuilder b = new StringBuilder(14);
        b.append(sign);
        for (int i = 0; i < digits; i++) {
            int d = (int) v;
            b.append((char) ('0' + d));
            if (i == 0) {
                b.append('.');
            }
            v -= d;
            v *= 10;
        }
        b.append('e').append(e < 0 ? '-' : '+');
        e = Math.abs(e);
        b.append((char) ('0' + e / 100)).append((char) ('0' + e / 10 % 10)).append((char) ('0' + e % 10));
        return b.toString();
    }
}
