// Floating-point to decimal text as Go's strconv.FormatFloat does it for the formats fmt uses
// ('e', 'f', 'g'; 'b' is strconv's): the digits are either the shortest that read back as the same value (Java's
// Double/Float.toString produce exactly those since JDK 19) or the exact binary value rounded
// half-to-even to a precision (BigDecimal), and are then laid out with Go's rules, e.g. %v and
// %g switch to exponent form when the exponent is < -4 or >= the precision (6 when shortest).
package gojc.runtime.lib.fmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

final class Floats {
    private Floats() {}

    /** Decimal digits without trailing zeros ("" for zero); the value is 0.digits × 10^dp. */
    record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }

        char at(int i) {
            return i >= 0 && i < d.length() ? d.charAt(i) : '0';
        }
    }

    static String format(double v, char fmt, int prec, int bitSize) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (fmt == 'b') {
            return gojc.runtime.lib.strconv.Strconv.formatFloat(v, 'b', -1, bitSize).toString();
        }
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        double a = Math.abs(v);
        boolean shortest = prec < 0;
        char base = Character.toLowerCase(fmt);
        Digits digs;
        if (shortest) {
            digs = shortest(a, bitSize);
            prec = switch (base) {
                case 'e' -> digs.nd() - 1;
                case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
                default -> digs.nd();
            };
        } else if (base == 'f') {
            digs = rounded(a, true, prec);
            if (digs == null) {
                digs = of(new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN));
            }
        } else {
            int sig = base == 'e' ? prec + 1 : Math.max(prec, 1);
            if (base == 'g' && prec == 0) {
                prec = 1;
            }
            digs = a == 0 ? new Digits("", 0) : rounded(a, false, sig);
            if (digs == null) {
                digs = of(new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN)));
            }
        }
        StringBuilder b = new StringBuilder(24);
        if (neg) {
            b.append('-');
        }
        switch (base) {
            case 'e' -> fmtE(b, digs, prec, fmt);
            case 'f' -> fmtF(b, digs, prec);
            default -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(b, digs, prec - 1, fmt == 'G' ? 'E' : 'e');
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(b, digs, Math.max(prec - digs.dp(), 0));
                }
            }
        }
        return b.toString();
    }

    /**
     * The shortest digits that read back as a, nearest to a among those. Java's toString is
     * shortest except that it always keeps two significant digits (4.9E-324 where Go prints
     * 5e-324), so a one-digit candidate is tried too.
     */
    private static Digits shortest(double a, int bitSize) {
        String repr = bitSize == 32 ? Float.toString((float) a) : Double.toString(a);
        Digits d = parse(repr);
        if (d.nd() == 2) {
            int d1 = d.d().charAt(0) - '0';
            int d2 = d.d().charAt(1) - '0';
            if (d2 != 5) {
                // The nearer one-digit neighbour first: if it does not read back, the other cannot.
                int near = d2 < 5 ? d1 : d1 + 1;
                String digit = near == 10 ? "1" : Integer.toString(near);
                int dp = near == 10 ? d.dp() + 1 : d.dp();
                String text = "0." + digit + "E" + dp;
                boolean same = bitSize == 32 ? Float.parseFloat(text) == (float) a : Double.parseDouble(text) == a;
                if (same) {
                    return new Digits(digit, dp);
                }
            } else {
                BigDecimal one = new BigDecimal(a).round(new MathContext(1, RoundingMode.HALF_EVEN));
                boolean same = bitSize == 32 ? one.floatValue() == (float) a : one.doubleValue() == a;
                if (same) {
                    return of(one);
                }
            }
        }
        return d;
    }

    /**
     * a's exact value rounded half-to-even, to prec digits after the point (fixed) or to prec
     * significant digits, worked out from its shortest digits s alone where they decide it (null
     * otherwise: the caller takes the exact BigDecimal path). s is within half an ulp of a and is
     * the nearest of the shortest decimals that read back as a, so no rounding midpoint lies
     * strictly between them unless s itself is one (…5 just past the kept digits); and when s has
     * no digits past the kept ones, a rounds to s if half an ulp is under half the last kept unit.
     */
    private static Digits rounded(double a, boolean fixed, int prec) {
        Digits s = parse(Double.toString(a));
        if (s.nd() == 0) {
            return s;
        }
        int n = fixed ? s.dp() + prec : prec;
        if (s.nd() <= n) {
            return Math.ulp(a) * 2 < Math.pow(10, s.dp() - n) ? s : null;
        }
        if (n < 0) {
            return new Digits("", 0);
        }
        char next = s.d().charAt(n);
        if (next == '5' && s.nd() == n + 1) {
            return null;
        }
        if (next < '5') {
            int end = n;
            while (end > 0 && s.d().charAt(end - 1) == '0') {
                end--;
            }
            return end == 0 ? new Digits("", 0) : new Digits(s.d().substring(0, end), s.dp());
        }
        int end = n;
        while (end > 0 && s.d().charAt(end - 1) == '9') {
            end--;
        }
        if (end == 0) {
            return new Digits("1", s.dp() + 1);
        }
        return new Digits(s.d().substring(0, end - 1) + (char) (s.d().charAt(end - 1) + 1), s.dp());
    }

    /** Digits of Java's decimal rendering of a non-negative double ("2.5", "1.0E21", "0.001"). */
    static Digits parse(String repr) {
        int e = repr.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(repr, e + 1, repr.length(), 10);
        String mant = e < 0 ? repr : repr.substring(0, e);
        int point = mant.indexOf('.');
        int intDigits = point < 0 ? mant.length() : point;
        StringBuilder digits = new StringBuilder(mant.length());
        for (int i = 0; i < mant.length(); i++) {
            char c = mant.charAt(i);
            if (c != '.') {
                digits.append(c);
            }
        }
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') {
            lead++;
        }
        int end = digits.length();
        while (end > lead && digits.charAt(end - 1) == '0') {
            end--;
        }
        if (end == lead) {
            return new Digits("", 0);
        }
        return new Digits(digits.substring(lead, end), intDigits + exp - lead);
    }

    private static Digits of(BigDecimal x) {
        if (x.signum() == 0) {
            return new Digits("", 0);
        }
        String u = x.unscaledValue().toString();
        int dp = u.length() - x.scale();
        int end = u.length();
        while (end > 0 && u.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(u.substring(0, end), dp);
    }

    /** d.ddddde±dd */
    private static void fmtE(StringBuilder b, Digits digs, int prec, char e) {
        b.append(digs.nd() == 0 ? '0' : digs.at(0));
        if (prec > 0) {
            b.append('.');
            for (int i = 1; i <= prec; i++) {
                b.append(digs.at(i));
            }
        }
        b.append(e == 'E' ? 'E' : 'e');
        int exp = digs.nd() == 0 ? 0 : digs.dp() - 1;
        b.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            b.append('0');
        }
        b.append(exp);
    }

    /** %f: ddddd.ddddd */
    private static void fmtF(StringBuilder b, Digits digs, int prec) {
        if (digs.dp() > 0) {
            for (int i = 0; i < digs.dp(); i++) {
                b.append(digs.at(i));
            }
        } else {
            b.append('0');
        }
        if (prec > 0) {
            b.append('.');
            for (int i = 1; i <= prec; i++) {
                b.append(digs.at(digs.dp() + i - 1));
            }
        }
    }
}
