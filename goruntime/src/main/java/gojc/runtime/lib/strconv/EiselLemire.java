// The Eisel-Lemire algorithm that Go's strconv uses to turn a decimal mantissa (at most 19
// digits) and a power of ten into the correctly rounded float64: one or two 64×128-bit products
// against a truncated power of ten decide the result, or say that they cannot (halfway cases,
// products too close to a rounding boundary, subnormals, overflow), and the caller then takes
// the exact slow path. The 128-bit powers of ten are computed once, exactly, with BigInteger.
package gojc.runtime.lib.strconv;

import java.math.BigInteger;

final class EiselLemire {
    private EiselLemire() {}

    static final int MIN_EXP10 = -348;
    static final int MAX_EXP10 = 347;

    /** For 10^q, its 128 leading bits rounded down: HI[q - MIN_EXP10] then LO[q - MIN_EXP10]. */
    private static final long[] HI = new long[MAX_EXP10 - MIN_EXP10 + 1];
    private static final long[] LO = new long[MAX_EXP10 - MIN_EXP10 + 1];

    static {
        BigInteger pow = BigInteger.ONE;
        for (int q = 0; q <= MAX_EXP10; q++) {
            store(q, top128(pow));
            pow = pow.multiply(BigInteger.TEN);
        }
        pow = BigInteger.TEN;
        for (int q = -1; q >= MIN_EXP10; q--) {
            // 2^s / 10^-q has exactly 128 bits when s = bitLength(10^-q) + 127 (10^-q is not a
            // power of two, so the quotient stays below 2^128).
            BigInteger quotient = BigInteger.ONE.shiftLeft(pow.bitLength() + 127).divide(pow);
            store(q, quotient);
            pow = pow.multiply(BigInteger.TEN);
        }
    }

    private static BigInteger top128(BigInteger v) {
        int extra = v.bitLength() - 128;
        return extra > 0 ? v.shiftRight(extra) : v.shiftLeft(-extra);
    }

    private static void store(int q, BigInteger v) {
        HI[q - MIN_EXP10] = v.shiftRight(64).longValue();
        LO[q - MIN_EXP10] = v.longValue();
    }

    /** Whether the unsigned sum a + b carries out of 64 bits. */
    private static boolean carries(long a, long b) {
        return Long.compareUnsigned(a + b, a) < 0;
    }

    /**
     * The bits of the float64 nearest to man × 10^exp10 (man read as unsigned, neg the sign), or
     * -1 when this algorithm cannot decide (a float64's bits are never -1: that is a NaN).
     */
    static long float64Bits(long man, int exp10, boolean neg) {
        long sign = neg ? Long.MIN_VALUE : 0;
        if (man == 0) {
            return sign;
        }
        if (exp10 < MIN_EXP10 || exp10 > MAX_EXP10) {
            return -1;
        }
        int clz = Long.numberOfLeadingZeros(man);
        man <<= clz;
        long retExp2 = ((217706L * exp10) >> 16) + 64 + 1023 - clz;
        int k = exp10 - MIN_EXP10;
        long xHi = Math.unsignedMultiplyHigh(man, HI[k]);
        long xLo = man * HI[k];
        if ((xHi & 0x1FF) == 0x1FF && carries(xLo, man)) {
            long yHi = Math.unsignedMultiplyHigh(man, LO[k]);
            long yLo = man * LO[k];
            long mergedHi = xHi;
            long mergedLo = xLo + yHi;
            if (Long.compareUnsigned(mergedLo, xLo) < 0) {
                mergedHi++;
            }
            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo == -1 && carries(yLo, man)) {
                return -1;
            }
            xHi = mergedHi;
            xLo = mergedLo;
        }
        long msb = xHi >>> 63;
        long mant = xHi >>> (msb + 9);
        retExp2 -= 1 ^ msb;
        if (xLo == 0 && (xHi & 0x1FF) == 0 && (mant & 3) == 1) {
            return -1; // exactly halfway between two float64s at 54 bits: needs the exact path
        }
        mant += mant & 1;
        mant >>>= 1;
        if (mant >>> 53 > 0) {
            mant >>>= 1;
            retExp2++;
        }
        if (retExp2 - 1 < 0 || retExp2 - 1 >= 0x7FF - 1) {
            return -1; // subnormal, infinite or NaN territory
        }
        return sign | retExp2 << 52 | mant & 0x000FFFFFFFFFFFFFL;
    }
}
