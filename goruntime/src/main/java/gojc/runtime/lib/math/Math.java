// Package math's functions bound from goruntime/src/main/go/math: the JDK's StrictMath where
// fdlibm's results are Go's (Expm1, Log1p) or exact (Sqrt, Floor, Ceil, Remainder), gc's own
// algorithms where they differ in the last bit (GcTrig: Sin, Cos, Tan, Asin, Acos, Atan, Atan2,
// Hypot; ExpLog: amd64's Exp and Log), and bit conversions.
package gojc.runtime.lib.math;

public final class Math {
    private Math() {}

    public static long Float64bits(double f) {
        return Double.doubleToRawLongBits(f);
    }

    public static double Float64frombits(long b) {
        return Double.longBitsToDouble(b);
    }

    public static int Float32bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    public static float Float32frombits(int b) {
        return Float.intBitsToFloat(b);
    }

    public static double Sqrt(double x) {
        return StrictMath.sqrt(x);
    }

    public static double Exp(double x) {
        return ExpLog.exp(x);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double Log(double x) {
        return ExpLog.log(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double Sin(double x) {
        return GcTrig.sin(x);
    }

    public static double Cos(double x) {
        return GcTrig.cos(x);
    }

    public static double Tan(double x) {
        return GcTrig.tan(x);
    }

    public static double Asin(double x) {
        return GcTrig.asin(x);
    }

    public static double Acos(double x) {
        return GcTrig.acos(x);
    }

    public static double Atan(double x) {
        return GcTrig.atan(x);
    }

    public static double Atan2(double y, double x) {
        return GcTrig.atan2(y, x);
    }

    public static double Floor(double x) {
        return StrictMath.floor(x);
    }

    public static double Ceil(double x) {
        return StrictMath.ceil(x);
    }

    public static double remainder(double x, double y) {
        return StrictMath.IEEEremainder(x, y);
    }

    /**
     * gc's FMA on amd64 is the VFMADD instruction: a NaN operand comes out quieted, the first of
     * x, y, z; an invalid operation gives the default NaN, which the JDK's software fallback would
     * not.
     */
    public static double FMA(double x, double y, double z) {
        if (x != x || y != y || z != z) {
            double nan = x != x ? x : y != y ? y : z;
            return Double.longBitsToDouble(Double.doubleToRawLongBits(nan) | 0x0008000000000000L);
        }
        double r = java.lang.Math.fma(x, y, z);
        return r != r ? Double.longBitsToDouble(0xFFF8000000000000L) : r;
    }

    public static double Hypot(double p, double q) {
        return GcTrig.hypot(p, q);
    }

    public static double fmod(double x, double y) {
        return x % y;
    }

    public static double scalb(double f, long exp) {
        return java.lang.Math.scalb(f, (int) exp);
    }
}
