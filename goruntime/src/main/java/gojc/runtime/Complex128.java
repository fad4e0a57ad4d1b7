// Go's complex128 (docs/abi.md "Value representation"): an immutable pair of doubles, so a value
// can be shared freely between variables, fields and interfaces and the class itself tells the
// dynamic type. Arithmetic follows gc: + - * componentwise in float64, / as the runtime's
// complex128div (Smith's algorithm, then C99's recovery of infinities and zeros from NaN results).
package gojc.runtime;

public final class Complex128 {
    public static final Complex128 ZERO = new Complex128(0, 0);

    public final double re, im;

    public Complex128(double re, double im) {
        this.re = re;
        this.im = im;
    }

    public static Complex128 of(double re, double im) {
        return new Complex128(re, im);
    }

    public static Complex128 add(Complex128 x, Complex128 y) {
        return new Complex128(x.re + y.re, x.im + y.im);
    }

    public static Complex128 sub(Complex128 x, Complex128 y) {
        return new Complex128(x.re - y.re, x.im - y.im);
    }

    public static Complex128 mul(Complex128 x, Complex128 y) {
        return new Complex128(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
    }

    public static Complex128 neg(Complex128 x) {
        return new Complex128(-x.re, -x.im);
    }

    public static Complex128 div(Complex128 n, Complex128 m) {
        return div(n.re, n.im, m.re, m.im);
    }

    /** Go's complex128div of (a+bi)/(c+di). */
    public static Complex128 div(double a, double b, double c, double d) {
        double e, f;
        if (Math.abs(c) >= Math.abs(d)) {
            double ratio = d / c;
            double denom = c + ratio * d;
            e = (a + b * ratio) / denom;
            f = (b - a * ratio) / denom;
        } else {
            double ratio = c / d;
            double denom = d + ratio * c;
            e = (a * ratio + b) / denom;
            f = (b * ratio - a) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = inf2one(a);
                b = inf2one(b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = inf2one(c);
                d = inf2one(d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new Complex128(e, f);
    }

    private static double inf2one(double f) {
        return Math.copySign(Double.isInfinite(f) ? 1.0 : 0.0, f);
    }

    public static boolean eq(Complex128 x, Complex128 y) {
        return x.re == y.re && x.im == y.im;
    }

    public Complex64 toComplex64() {
        return new Complex64((float) re, (float) im);
    }

    /** Go's ==: NaN parts never equal, +0 equals -0 (interface comparison and map keys). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Complex128 c && eq(this, c);
    }

    @Override
    public int hashCode() {
        return 31 * (re == 0 ? 0 : Double.hashCode(re)) + (im == 0 ? 0 : Double.hashCode(im));
    }

    @Override
    public String toString() {
        return "(" + Builtins.formatFloat(re) + Builtins.formatFloat(im) + "i)";
    }
}
