// Exp and Log as gc computes them on amd64, whose assembly versions differ in the last bit from
// both fdlibm and Go's portable code. Exp: x = k·ln2 + r with ln2 in two parts, e^r from a
// degree-8 Taylor polynomial at r/16 squared back four times as (2+y)·y, then scaled by 2^k;
// gc takes the fused multiply-add path on every CPU with FMA, which this follows. Log: fdlibm's
// polynomial in s = f/(2+f), with gc's simplified Frexp (a subnormal argument keeps exponent
// -1022 and an unnormalised fraction, as the assembly leaves it).
package gojc.runtime.lib.math;

final class ExpLog {
    private ExpLog() {}

    private static final long POS_INF = 0x7FF0000000000000L;
    private static final double NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    private static final double LOG2E = 1.4426950408889634073599246810018920;
    private static final double LN2U = 0.69314718055966295651160180568695068359375;
    private static final double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    private static final double OVERFLOW = 7.09782712893384e+02;
    // 1/n! for n = 3..8
    private static final double T3 = 1.6666666666666666667e-1, T4 = 4.1666666666666666667e-2,
            T5 = 8.3333333333333333333e-3, T6 = 1.3888888888888888889e-3, T7 = 1.9841269841269841270e-4,
            T8 = 2.4801587301587301587e-5;

    static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & Long.MAX_VALUE) >= POS_INF) {
            return bits == 0xFFF0000000000000L ? 0 : x; // -Inf → 0; +Inf and NaN unchanged
        }
        if (x > OVERFLOW) return Double.POSITIVE_INFINITY;
        // CVTSD2SL: round to nearest even; out of range gives the "integer indefinite" MinInt32.
        double kf = x * LOG2E;
        int k = Double.isNaN(kf) || java.lang.Math.abs(kf) >= 0x1p31 ? Integer.MIN_VALUE : (int) java.lang.Math.rint(kf);
        double kd = k;
        double r = java.lang.Math.fma(-LN2U, kd, x);
        r = java.lang.Math.fma(-LN2L, kd, r);
        r *= 0.0625;
        double p = java.lang.Math.fma(T8, r, T7);
        p = java.lang.Math.fma(p, r, T6);
        p = java.lang.Math.fma(p, r, T5);
        p = java.lang.Math.fma(p, r, T4);
        p = java.lang.Math.fma(p, r, T3);
        p = java.lang.Math.fma(p, r, 0.5);
        p = java.lang.Math.fma(p, r, 1.0);
        double y = r * p; // e^(r) - 1
        y *= 2.0 + y;
        y *= 2.0 + y;
        y *= 2.0 + y;
        double t = 2.0 + y;
        y = java.lang.Math.fma(y, t, 1.0); // e^(16r)
        int biased = k + 0x3FF;
        if (biased <= 0) {
            // Subnormal results: scale by 2^(k+1022) first, then by 2^-1022, as the assembly does.
            if (biased < -52) return 0;
            y *= Double.longBitsToDouble((long) (biased + 0x3FE) << 52);
            return y * Double.longBitsToDouble(1L << 52);
        }
        if (biased >= 0x7FF) return Double.POSITIVE_INFINITY;
        return y * Double.longBitsToDouble((long) biased << 52);
    }

    private static final double HSQRT2 = 7.07106781186547524401e-01;
    private static final double LN2HI = 6.93147180369123816490e-01, LN2LO = 1.90821492927058770002e-10;
    private static final double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
            L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01,
            L6 = 1.531383769920937332e-01, L7 = 1.479819860511658591e-01;

    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & Long.MAX_VALUE) == 0) return Double.NEGATIVE_INFINITY;
        if (bits < 0) return NAN;
        if (bits >= POS_INF) return x;
        double f1 = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (int) ((bits >>> 52) & 0x7FF) - 0x3FE;
        if (f1 <= HSQRT2) { // CMPSD predicate NLT: not HSQRT2 < f1
            k -= 1;
            f1 *= 2;
        }
        double f = f1 - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
        double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
        double rr = t1 + t2;
        double hfsq = 0.5 * f * f;
        return k * LN2HI - ((hfsq - (s * (hfsq + rr) + k * LN2LO)) - f);
    }
}
