// gc's own algorithms for the math functions whose results differ in the last bit from fdlibm's
// (StrictMath): sin, cos and tan (Cephes polynomials after a three-part Cody-Waite reduction by
// Pi/4, or Payne-Hanek's for huge arguments: TrigReduce), atan and atan2 (Cephes rational
// approximation), asin and acos through atan, and hypot (amd64's max·sqrt(1+(min/max)²)).
// Programs print these values with full precision (math/cmplx above all), so the bits matter.
package gojc.runtime.lib.math;

final class GcTrig {
    private GcTrig() {}

    private static final double[] SIN = {
        1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
        -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
    };
    private static final double[] COS = {
        -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
        2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
    };
    // Pi/4 in three parts, so that x - j·Pi/4 keeps its precision.
    private static final double PI4A = 7.85398125648498535156e-1;
    private static final double PI4B = 3.77489470793079817668e-8;
    private static final double PI4C = 2.69515142907905952645e-15;
    // Beyond this the three-part reduction loses precision and Payne-Hanek's takes over.
    private static final double REDUCE_THRESHOLD = 1 << 29;
    static final double NAN = Double.longBitsToDouble(0x7FF8000000000001L); // Go's NaN()

    private static double sinPoly(double z, double zz) {
        return z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
    }

    private static double cosPoly(double zz) {
        return 1.0 - 0.5 * zz
                + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
    }

    /** The octant of x ≥ 0 (0..7, rounded up to even); z[0] gets x less that many Pi/4. */
    private static long octant(double x, double[] z) {
        if (x >= REDUCE_THRESHOLD) return TrigReduce.reduce(x, z);
        long j = (long) (x * (4 / java.lang.Math.PI));
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        z[0] = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        return j & 7;
    }

    static double sin(double x) {
        if (x == 0 || Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return NAN;
        boolean neg = false;
        if (x < 0) {
            x = -x;
            neg = true;
        }
        double[] z = new double[1];
        long j = octant(x, z);
        if (j > 3) {
            neg = !neg;
            j -= 4;
        }
        double zz = z[0] * z[0];
        double y = j == 1 || j == 2 ? cosPoly(zz) : sinPoly(z[0], zz);
        return neg ? -y : y;
    }

    static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return NAN;
        x = java.lang.Math.abs(x);
        boolean neg = false;
        double[] z = new double[1];
        long j = octant(x, z);
        if (j > 3) {
            j -= 4;
            neg = !neg;
        }
        if (j > 1) neg = !neg;
        double zz = z[0] * z[0];
        double y = j == 1 || j == 2 ? sinPoly(z[0], zz) : cosPoly(zz);
        return neg ? -y : y;
    }

    private static final double[] TAN_P = {
        -1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7,
    };
    private static final double[] TAN_Q = {
        1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7,
    };

    static double tan(double x) {
        if (x == 0 || Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return NAN;
        boolean neg = false;
        if (x < 0) {
            x = -x;
            neg = true;
        }
        double[] z = new double[1];
        long j = octant(x, z);
        double zz = z[0] * z[0];
        double y = z[0];
        if (zz > 1e-14) {
            y = z[0] + z[0] * (zz * (((TAN_P[0] * zz) + TAN_P[1]) * zz + TAN_P[2])
                    / ((((zz + TAN_Q[0]) * zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]));
        }
        if ((j & 2) == 2) y = -1 / y;
        return neg ? -y : y;
    }

    private static double xatan(double x) {
        final double p0 = -8.750608600031904122785e-01, p1 = -1.615753718733365076637e+01,
                p2 = -7.500855792314704667340e+01, p3 = -1.228866684490136173410e+02,
                p4 = -6.485021904942025371773e+01;
        final double q0 = +2.485846490142306297962e+01, q1 = +1.650270098316988542046e+02,
                q2 = +4.328810604912902668951e+02, q3 = +4.853903996359136964868e+02,
                q4 = +1.945506571482613964425e+02;
        double z = x * x;
        z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
        return x * z + x;
    }

    /** atan of x ≥ 0, reduced to [0, 0.66] through tan(3Pi/8) and tan(Pi/4). */
    private static double satan(double x) {
        final double moreBits = 6.123233995736765886130e-17; // Pi/2 = PI/2 + moreBits
        final double tan3pio8 = 2.41421356237309504880;
        if (x <= 0.66) return xatan(x);
        if (x > tan3pio8) return java.lang.Math.PI / 2 - xatan(1 / x) + moreBits;
        return java.lang.Math.PI / 4 + xatan((x - 1) / (x + 1)) + 0.5 * moreBits;
    }

    /** asin through atan: Pi/2 − atan(√(1−x²)/x) near ±1, atan(x/√(1−x²)) elsewhere. */
    static double asin(double x) {
        if (x == 0) return x;
        boolean neg = false;
        if (x < 0) {
            x = -x;
            neg = true;
        }
        if (x > 1) return NAN;
        double t = java.lang.Math.sqrt(1 - x * x);
        t = x > 0.7 ? java.lang.Math.PI / 2 - satan(t / x) : satan(x / t);
        return neg ? -t : t;
    }

    static double acos(double x) {
        return java.lang.Math.PI / 2 - asin(x);
    }

    static double atan(double x) {
        if (x == 0) return x;
        return x > 0 ? satan(x) : -satan(-x);
    }

    static double atan2(double y, double x) {
        final double pi = java.lang.Math.PI;
        if (Double.isNaN(y) || Double.isNaN(x)) return NAN;
        if (y == 0) {
            return x >= 0 && Double.doubleToRawLongBits(x) >= 0 ? java.lang.Math.copySign(0.0, y)
                    : java.lang.Math.copySign(pi, y);
        }
        if (x == 0) return java.lang.Math.copySign(pi / 2, y);
        if (Double.isInfinite(x)) {
            if (x > 0) return java.lang.Math.copySign(Double.isInfinite(y) ? pi / 4 : 0.0, y);
            return java.lang.Math.copySign(Double.isInfinite(y) ? 3 * pi / 4 : pi, y);
        }
        if (Double.isInfinite(y)) return java.lang.Math.copySign(pi / 2, y);
        double q = atan(y / x);
        if (x < 0) return q <= 0 ? q + pi : q - pi;
        return q;
    }

    static double hypot(double p, double q) {
        p = java.lang.Math.abs(p);
        q = java.lang.Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(p) || Double.isNaN(q)) return NAN;
        if (p == 0 && q == 0) return 0;
        double max = java.lang.Math.max(p, q), min = java.lang.Math.min(p, q);
        double r = min / max;
        return max * java.lang.Math.sqrt(1 + r * r);
    }
}
