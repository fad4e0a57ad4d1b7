// Package math's functions bound from goruntime/src/main/go/math: the JDK's StrictMath (fdlibm,
// the same algorithms Go's pure-Go versions follow) and bit conversions.
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

    public static double Cbrt(double x) {
        return StrictMath.cbrt(x);
    }

    public static double Exp(double x) {
        return java.lang.Math.exp(x);
    }

    public static double Expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double Log(double x) {
        return StrictMath.log(x);
    }

    public static double Log10(double x) {
        return StrictMath.log10(x);
    }

    public static double Log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double Sin(double x) {
        return StrictMath.sin(x);
    }

    public static double Cos(double x) {
        return StrictMath.cos(x);
    }

    public static double Tan(double x) {
        return StrictMath.tan(x);
    }

    public static double Asin(double x) {
        return StrictMath.asin(x);
    }

    public static double Acos(double x) {
        return StrictMath.acos(x);
    }

    public static double Atan(double x) {
        return StrictMath.atan(x);
    }

    public static double Atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static double Sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double Tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double Floor(double x) {
        return StrictMath.floor(x);
    }

    public static double Ceil(double x) {
        return StrictMath.ceil(x);
    }

    public static double RoundToEven(double x) {
        return StrictMath.rint(x);
    }

    public static double Remainder(double x, double y) {
        return StrictMath.IEEEremainder(x, y);
    }

    public static double FMA(double x, double y, double z) {
        return java.lang.Math.fma(x, y, z);
    }

    public static double Hypot(double p, double q) {
        return StrictMath.hypot(p, q);
    }

    public static double Nextafter(double x, double y) {
        return java.lang.Math.nextAfter(x, y);
    }

    public static float Nextafter32(float x, float y) {
        return java.lang.Math.nextAfter(x, (double) y);
    }

    public static double fmod(double x, double y) {
        return x % y;
    }

    public static double pow(double x, double y) {
        return StrictMath.pow(x, y);
    }

    public static double pow10(long n) {
        return Double.parseDouble("1e" + n);
    }

    public static double scalb(double f, long exp) {
        return java.lang.Math.scalb(f, (int) exp);
    }
}
