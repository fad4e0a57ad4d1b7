// strconv.FormatFloat: digits are the shortest that read back exactly (the JDK's
// Double/Float.toString give exactly those since JDK 19) or the exact binary value rounded
// half-to-even (BigDecimal), laid out the way Go lays them out for each format.
package gojc.runtime.lib.strconv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

final class FloatText {
    private FloatText() {}

    /** Decimal digits without trailing zeros ("" for zero); the value is 0.d × 10^dp. */
    private record Digits(String d, int dp) {
        char at(int i) {
            return i >= 0 && i < d.length() ? d.charAt(i) : '0';
        }
    }

    static String format(double v, char fmt, int prec, int bitSize) {
        if (bitSize == 32) {
            v = (float) v;
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        StringBuilder b = new StringBuilder(24);
        if (fmt == 'b') {
            return fmtB(b, v, neg, bitSize);
        }
        if (fmt == 'x' || fmt == 'X') {
            return fmtX(b, v, neg, prec, fmt);
        }
        if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
            return "%" + fmt;
        }
        double a = Math.abs(v);
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortest(a, bitSize);
            prec = switch (fmt) {
                case 'e', 'E' -> digs.d.length() - 1;
                case 'f' -> Math.max(digs.d.length() - digs.dp, 0);
                default -> digs.d.length();
            };
        } else if (fmt == 'f') {
            digs = of(new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN));
        } else {
            if ((fmt == 'g' || fmt == 'G') && prec == 0) {
                prec = 1;
            }
            int sig = (fmt == 'e' || fmt == 'E') ? prec + 1 : prec;
            digs = a == 0 ? new Digits("", 0) : of(new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN)));
        }
        if (neg) {
            b.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(b, digs, prec, fmt);
            case 'f' -> fmtF(b, digs, prec);
            default -> {
                int eprec = prec;
                if (eprec > digs.d.length() && digs.d.length() >= digs.dp) {
                    eprec = digs.d.length();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.d.length()) {
                        prec = digs.d.length();
                    }
                    fmtE(b, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                } else {
                    if (prec > digs.dp) {
                        prec = digs.d.length();
                    }
                    fmtF(b, digs, Math.max(prec - digs.dp, 0));
                }
            }
        }
        return b.toString();
    }

    private static Digits shortest(double a, int bitSize) {
        if (a == 0) {
            return new Digits("", 0);
        }
        String s = bitSize == 32 ? Float.toString((float) a) : Double.toString(a);
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            s = s.substring(0, e);
        }
        int dot = s.indexOf('.');
        String digits = s.substring(0, dot) + s.substring(dot + 1);
        int dp = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        dp -= lead;
        Digits d = new Digits(strip(digits), dp);
        return d.d.length() == 2 ? oneDigit(d, a, bitSize) : d;
    }

    /**
     * The JDK prints at least two significant digits; when a single digit also reads back as the
     * same value, Go's shortest form is that digit (the closer of the two candidates).
     */
    private static Digits oneDigit(Digits d, double a, int bitSize) {
        int first = d.d.charAt(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(a);
        BigDecimal bestDist = null;
        for (int c = first; c <= first + 1; c++) {
            Digits cand = c == 10 ? new Digits("1", d.dp + 1) : new Digits(String.valueOf(c), d.dp);
            BigDecimal v = new BigDecimal(cand.d).scaleByPowerOfTen(cand.dp - 1);
            boolean same = bitSize == 32 ? v.floatValue() == (float) a : v.doubleValue() == a;
            if (same) {
                BigDecimal dist = v.subtract(exact).abs();
                if (best == null || dist.compareTo(bestDist) < 0) {
                    best = cand;
                    bestDist = dist;
                }
            }
        }
        return best != null ? best : d;
    }

    private static String strip(String d) {
        int n = d.length();
        while (n > 0 && d.charAt(n - 1) == '0') {
            n--;
        }
        return d.substring(0, n);
    }

    private static Digits of(BigDecimal x) {
        if (x.signum() == 0) {
            return new Digits("", 0);
        }
        String u = x.unscaledValue().toString();
        int dp = u.length() - x.scale();
        return new Digits(strip(u), dp);
    }

    private static void fmtE(StringBuilder b, Digits digs, int prec, char e) {
        b.append(digs.d.isEmpty() ? '0' : digs.at(0));
        if (prec > 0) {
            b.append('.');
            for (int i = 1; i <= prec; i++) {
                b.append(digs.at(i));
            }
        }
        b.append(e);
        int exp = digs.d.isEmpty() ? 0 : digs.dp - 1;
        b.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            b.append('0');
        }
        b.append(exp);
    }

    private static void fmtF(StringBuilder b, Digits digs, int prec) {
        if (digs.dp > 0) {
            for (int i = 0; i < digs.dp; i++) {
                b.append(digs.at(i));
            }
        } else {
            b.append('0');
        }
        if (prec > 0) {
            b.append('.');
            for (int i = 0; i < prec; i++) {
                b.append(digs.at(digs.dp + i));
            }
        }
    }

    /** 'b': the binary mantissa and exponent, -ddddp±ddd. */
    private static String fmtB(StringBuilder b, double v, boolean neg, int bitSize) {
        long mant;
        int exp;
        if (bitSize == 32) {
            int bits = Float.floatToRawIntBits((float) v);
            exp = (bits >>> 23) & 0xFF;
            mant = bits & 0x7FFFFF;
            if (exp == 0) {
                exp = 1;
            } else {
                mant |= 1L << 23;
            }
            exp -= 127 + 23;
        } else {
            long bits = Double.doubleToRawLongBits(v);
            exp = (int) ((bits >>> 52) & 0x7FF);
            mant = bits & ((1L << 52) - 1);
            if (exp == 0) {
                exp = 1;
            } else {
                mant |= 1L << 52;
            }
            exp -= 1023 + 52;
        }
        if (neg) {
            b.append('-');
        }
        b.append(mant).append('p').append(exp >= 0 ? "+" : "").append(exp);
        return b.toString();
    }

    /** 'x': -0x1.hhhhp±dd, the mantissa rounded half-to-even to prec hex digits. */
    private static String fmtX(StringBuilder b, double v, boolean neg, int prec, char fmt) {
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1023;
        if (mant == 0) {
            exp = 0;
        } else {
            while (mant < (1L << 52)) {
                mant <<= 1;
                exp--;
            }
        }
        // mant holds 1 integer bit and 52 fraction bits (13 hex digits).
        if (prec >= 0 && prec < 13) {
            int shift = 52 - 4 * prec;
            long half = 1L << (shift - 1);
            long rest = mant & ((1L << shift) - 1);
            mant >>>= shift;
            if (rest > half || (rest == half && (mant & 1) == 1)) {
                mant++;
            }
            if (mant >>> (4 * prec) >= 2) {
                mant >>>= 1;
                exp++;
            }
            mant <<= shift;
        }
        if (neg) {
            b.append('-');
        }
        b.append('0').append(fmt).append(mant == 0 ? '0' : '1');
        String frac = String.format("%013x", mant & ((1L << 52) - 1));
        if (prec < 0) {
            frac = strip(frac);
        } else if (prec <= 13) {
            frac = frac.substring(0, prec);
        } else {
            frac = frac + "0".repeat(prec - 13);
        }
        if (!frac.isEmpty()) {
            b.append('.').append(fmt == 'X' ? frac.toUpperCase() : frac);
        }
        b.append(fmt == 'X' ? 'P' : 'p').append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            b.append('0');
        }
        b.append(exp);
        return b.toString();
    }
}
