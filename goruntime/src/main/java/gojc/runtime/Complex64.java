// Go's complex64: an immutable pair of floats, like Complex128. gc computes + - * in float32
// (each operation rounded to float32) and / through complex128div on the widened operands.
package gojc.runtime;

public final class Complex64 {
    public static final Complex64 ZERO = new Complex64(0, 0);

    public final float re, im;

    public Complex64(float re, float im) {
        this.re = re;
        this.im = im;
    }

    public static Complex64 of(float re, float im) {
        return new Complex64(re, im);
    }

    public static Complex64 add(Complex64 x, Complex64 y) {
        return new Complex64(x.re + y.re, x.im + y.im);
    }

    public static Complex64 sub(Complex64 x, Complex64 y) {
        return new Complex64(x.re - y.re, x.im - y.im);
    }

    public static Complex64 mul(Complex64 x, Complex64 y) {
        float a = x.re * y.re, b = x.im * y.im, c = x.re * y.im, d = x.im * y.re;
        return new Complex64(a - b, c + d);
    }

    public static Complex64 neg(Complex64 x) {
        return new Complex64(-x.re, -x.im);
    }

    public static Complex64 div(Complex64 n, Complex64 m) {
        return Complex128.div(n.re, n.im, m.re, m.im).toComplex64();
    }

    public static boolean eq(Complex64 x, Complex64 y) {
        return x.re == y.re && x.im == y.im;
    }

    public Complex128 toComplex128() {
        return new Complex128(re, im);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex64 c && eq(this, c);
    }

    @Override
    public int hashCode() {
        return 31 * (re == 0 ? 0 : Float.hashCode(re)) + (im == 0 ? 0 : Float.hashCode(im));
    }

    @Override
    public String toString() {
        return "(" + Builtins.formatFloat(re) + Builtins.formatFloat(im) + "i)";
    }
}
