// Payne-Hanek reduction of a huge trigonometric argument (≥ 2^29) by Pi/4, as gc does it: the
// argument's 53-bit mantissa times the 192 bits of 4/Pi that matter at its exponent gives the
// octant (top 3 bits) and the fraction within it exactly, with no cancellation. The bits of 4/Pi
// are computed once, from Machin's formula, the first time a huge argument comes.
package gojc.runtime.lib.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

final class TrigReduce {
    private TrigReduce() {}

    private static final int SHIFT = 52, BIAS = 1023;
    private static final long MASK = 0x7FF;

    /** 4/Pi in binary: 4/Pi = Σ FOUR_OVER_PI[i]·2^(-64i), 20 words (the integer part first). */
    private static final class Bits {
        static final long[] FOUR_OVER_PI = compute();

        private static BigDecimal arctanInverse(int n, MathContext mc) {
            // atan(1/n) = Σ (-1)^k / ((2k+1) n^(2k+1))
            BigDecimal nn = BigDecimal.valueOf((long) n * n);
            BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
            BigDecimal sum = power;
            BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
            for (int k = 1; power.compareTo(eps) > 0; k++) {
                power = power.divide(nn, mc);
                BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
                sum = (k & 1) == 1 ? sum.subtract(term, mc) : sum.add(term, mc);
            }
            return sum;
        }

        private static long[] compute() {
            MathContext mc = new MathContext(450, RoundingMode.HALF_EVEN);
            BigDecimal pi = arctanInverse(5, mc).multiply(BigDecimal.valueOf(16))
                    .subtract(arctanInverse(239, mc).multiply(BigDecimal.valueOf(4)), mc);
            BigInteger scaled = BigDecimal.valueOf(4).divide(pi, mc)
                    .multiply(new BigDecimal(BigInteger.ONE.shiftLeft(64 * 19))).toBigInteger();
            long[] words = new long[20];
            for (int i = 19; i >= 0; i--) {
                words[i] = scaled.longValue();
                scaled = scaled.shiftRight(64);
            }
            return words;
        }
    }

    // Go's shifts by 64 or more give 0; Java's take the count mod 64.
    private static long shl(long x, long n) {
        return n >= 64 ? 0 : x << n;
    }

    private static long shr(long x, long n) {
        return n >= 64 ? 0 : x >>> n;
    }

    /** The octant (0..7, made even) of x ≥ 2^29; z[0] gets the remainder, in [−Pi/4, Pi/4]. */
    static long reduce(double x, double[] z) {
        long[] m = Bits.FOUR_OVER_PI;
        long ix = Double.doubleToRawLongBits(x);
        int exp = (int) ((ix >>> SHIFT) & MASK) - BIAS - SHIFT;
        ix &= ~(MASK << SHIFT);
        ix |= 1L << SHIFT;
        int digit = (exp + 61) / 64, bitshift = (exp + 61) % 64;
        long z0 = shl(m[digit], bitshift) | shr(m[digit + 1], 64 - bitshift);
        long z1 = shl(m[digit + 1], bitshift) | shr(m[digit + 2], 64 - bitshift);
        long z2 = shl(m[digit + 2], bitshift) | shr(m[digit + 3], 64 - bitshift);
        long z2hi = java.lang.Math.unsignedMultiplyHigh(z2, ix);
        long z1hi = java.lang.Math.unsignedMultiplyHigh(z1, ix), z1lo = z1 * ix;
        long z0lo = z0 * ix;
        long lo = z1lo + z2hi;
        long carry = Long.compareUnsigned(lo, z1lo) < 0 ? 1 : 0;
        long hi = z0lo + z1hi + carry;
        long j = hi >>> 61;
        hi = hi << 3 | lo >>> 61;
        int lz = Long.numberOfLeadingZeros(hi);
        long e = BIAS - (lz + 1);
        hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
        hi >>>= 64 - SHIFT;
        hi |= e << SHIFT;
        double f = Double.longBitsToDouble(hi);
        if ((j & 1) == 1) {
            j = (j + 1) & 7;
            f--;
        }
        z[0] = f * (java.lang.Math.PI / 4);
        return j;
    }
}
