// Package math/bits's functions bound from goruntime/src/main/go/math/bits: the JDK's bit
// intrinsics, and 128-bit products and quotients through BigInteger.
package gojc.runtime.lib.math.bits;

import java.math.BigInteger;

public final class Bits {
    private Bits() {}

    public static long LeadingZeros64(long x) {
        return Long.numberOfLeadingZeros(x);
    }

    public static long TrailingZeros64(long x) {
        return Long.numberOfTrailingZeros(x);
    }

    public static long OnesCount64(long x) {
        return Long.bitCount(x);
    }

    public static long Reverse64(long x) {
        return Long.reverse(x);
    }

    public static long ReverseBytes64(long x) {
        return Long.reverseBytes(x);
    }

    public static long LeadingZeros32(int x) {
        return Integer.numberOfLeadingZeros(x);
    }

    public static long TrailingZeros32(int x) {
        return Integer.numberOfTrailingZeros(x);
    }

    public static long OnesCount32(int x) {
        return Integer.bitCount(x);
    }

    public static int Reverse32(int x) {
        return Integer.reverse(x);
    }

    public static int ReverseBytes32(int x) {
        return Integer.reverseBytes(x);
    }

    public static long mulHi(long x, long y) {
        return Math.unsignedMultiplyHigh(x, y);
    }

    private static BigInteger u128(long hi, long lo) {
        return new BigInteger(Long.toUnsignedString(hi)).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(lo)));
    }

    public static long div128(long hi, long lo, long y) {
        return u128(hi, lo).divide(new BigInteger(Long.toUnsignedString(y))).longValue();
    }

    public static long rem128(long hi, long lo, long y) {
        return u128(hi, lo).remainder(new BigInteger(Long.toUnsignedString(y))).longValue();
    }
}
