// strconv.FormatFloat's common case, the shortest digits ('e', 'f', 'g' with precision -1):
// the JDK's Double/Float.toString supply the digits (the shortest that read back, the closest
// of those, since JDK 19) and they are laid out in Go's form straight into the string's bytes.
// FloatText handles what this does not: the JDK's two-digit minimum (a value one digit would
// name is checked there), NaN and infinities, and every other format and precision.
package gojc.runtime.lib.strconv;

import gojc.runtime.GoString;

final class ShortestText {
    private ShortestText() {}

    /** Go's text for v, or null when FloatText must decide. */
    static GoString format(double v, char fmt, int bitSize) {
        if (fmt != 'g' && fmt != 'e' && fmt != 'f' && fmt != 'G' && fmt != 'E') {
            return null;
        }
        if (bitSize == 32) {
            v = (float) v;
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        double a = Math.abs(v);
        // the value is 0.d[0:nd] × 10^dp, d without leading or trailing zeros
        byte[] d = new byte[24];
        int nd = 0, dp = 0;
        if (a != 0) {
            String s = bitSize == 32 ? Float.toString((float) a) : Double.toString(a);
            int n = s.length(), point = 0, exp = 0;
            boolean sawPoint = false;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == '.') {
                    sawPoint = true;
                } else if (c == 'E') {
                    exp = Integer.parseInt(s, i + 1, n, 10);
                    break;
                } else {
                    if (!sawPoint) {
                        point++;
                    }
                    if (c == '0' && nd == 0) {
                        point--; // a leading zero moves the point left
                    } else {
                        d[nd++] = (byte) c;
                    }
                }
            }
            dp = point + exp;
            while (nd > 0 && d[nd - 1] == '0') {
                nd--;
            }
            if (nd == 2) {
                return null; // perhaps one digit names it too
            }
        }
        byte[] out = new byte[nd + Math.abs(dp) + 16];
        int w = 0;
        if (neg) {
            out[w++] = '-';
        }
        switch (fmt) {
            case 'e', 'E' -> w = fmtE(out, w, d, nd, dp, nd - 1, fmt);
            case 'f' -> w = fmtF(out, w, d, nd, dp, Math.max(nd - dp, 0));
            default -> {
                int exp = dp - 1;
                if (exp < -4 || exp >= 6) {
                    w = fmtE(out, w, d, nd, dp, nd - 1, fmt == 'g' ? 'e' : 'E');
                } else {
                    w = fmtF(out, w, d, nd, dp, Math.max(nd - dp, 0));
                }
            }
        }
        return GoString.wrap(out, 0, w);
    }

    private static byte digit(byte[] d, int nd, int i) {
        return i >= 0 && i < nd ? d[i] : (byte) '0';
    }

    /** d.ddde±dd with prec digits after the point. */
    private static int fmtE(byte[] out, int w, byte[] d, int nd, int dp, int prec, char e) {
        out[w++] = digit(d, nd, 0);
        if (prec > 0) {
            out[w++] = '.';
            for (int i = 1; i <= prec; i++) {
                out[w++] = digit(d, nd, i);
            }
        }
        out[w++] = (byte) e;
        int exp = nd == 0 ? 0 : dp - 1;
        out[w++] = (byte) (exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp >= 100) {
            out[w++] = (byte) ('0' + exp / 100);
        }
        out[w++] = (byte) ('0' + exp / 10 % 10);
        out[w++] = (byte) ('0' + exp % 10);
        return w;
    }

    /** ddd.ddd with prec digits after the point (prec is max(nd - dp, 0) here). */
    private static int fmtF(byte[] out, int w, byte[] d, int nd, int dp, int prec) {
        if (dp <= 0) {
            out[w++] = '0';
            if (prec > 0) {
                out[w++] = '.';
                for (int i = dp; i < 0; i++) {
                    out[w++] = '0';
                }
                System.arraycopy(d, 0, out, w, nd);
                w += nd;
            }
            return w;
        }
        if (dp >= nd) {
            System.arraycopy(d, 0, out, w, nd);
            w += nd;
            for (int i = nd; i < dp; i++) {
                out[w++] = '0';
            }
            return w;
        }
        System.arraycopy(d, 0, out, w, dp);
        w += dp;
        out[w++] = '.';
        System.arraycopy(d, dp, out, w, nd - dp);
        return w + nd - dp;
    }
}
