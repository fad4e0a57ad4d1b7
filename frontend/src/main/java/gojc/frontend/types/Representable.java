package gojc.frontend.types;

import gojc.frontend.constant.Arith;
import gojc.frontend.constant.Value;
import java.math.BigInteger;

/**
 * Representability of constants (spec "Representability") and their Java values for the typed
 * tree. A float constant assigned to a float type is rounded to that type; an integer type accepts
 * only exact integers in range.
 */
public final class Representable {
    private Representable() {}

    public enum Fail { NONE, OVERFLOWS, TRUNCATED, NOT_REPRESENTABLE }

    /** The value rounded to kind k, or the reason it cannot be. */
    public record Result(Value value, Fail fail) {}

    public static Result check(Value v, BasicKind k) {
        if (v instanceof Value.Unknown) return new Result(v, Fail.NONE);
        if (k.isBoolean()) return v instanceof Value.Bool ? ok(v) : bad();
        if (k.isString()) return v instanceof Value.Str ? ok(v) : bad();
        if (v instanceof Value.Bool || v instanceof Value.Str) return bad();
        if (k.isInteger()) {
            Value r = v;
            if (v instanceof Value.Complex c) {
                if (!Arith.isZero(c.im())) return new Result(v, Fail.TRUNCATED);
                r = c.re();
            }
            if (!(r instanceof Value.Int i)) return new Result(v, Fail.TRUNCATED);
            if (k == BasicKind.UNTYPED_INT || k == BasicKind.UNTYPED_RUNE) return ok(r);
            return inRange(i.value(), k) ? ok(r) : new Result(v, Fail.OVERFLOWS);
        }
        if (k.isFloat()) {
            Value r = v;
            if (v instanceof Value.Complex c) {
                if (!Arith.isZero(c.im())) return new Result(v, Fail.TRUNCATED);
                r = c.re();
            }
            if (k == BasicKind.UNTYPED_FLOAT) return ok(r);
            return roundFloat(r, k == BasicKind.FLOAT32);
        }
        if (k.isComplex()) {
            Value re = Arith.real(v), im = Arith.imag(v);
            if (k == BasicKind.UNTYPED_COMPLEX) return ok(new Value.Complex(re, im));
            Result a = roundFloat(re, k == BasicKind.COMPLEX64), b = roundFloat(im, k == BasicKind.COMPLEX64);
            if (a.fail != Fail.NONE) return a;
            if (b.fail != Fail.NONE) return b;
            return ok(new Value.Complex(a.value, b.value));
        }
        return bad();
    }

    private static Result ok(Value v) { return new Result(v, Fail.NONE); }

    private static Result bad() { return new Result(Value.UNKNOWN, Fail.NOT_REPRESENTABLE); }

    private static Result roundFloat(Value v, boolean f32) {
        double d = Arith.toDouble(v);
        if (f32) {
            float f = (float) d;
            if (Float.isInfinite(f)) return new Result(v, Fail.OVERFLOWS);
            return ok(Arith.fromDouble(f));
        }
        if (Double.isInfinite(d)) return new Result(v, Fail.OVERFLOWS);
        return ok(Arith.fromDouble(d));
    }

    public static boolean inRange(BigInteger x, BasicKind k) {
        int bits = k.bits();
        if (k.isUnsigned()) return x.signum() >= 0 && x.bitLength() <= bits;
        return x.bitLength() <= bits - 1;
    }

    /** The Java value TExpr.Const documents for a constant of (underlying) kind k. */
    public static Object toJava(Value v, BasicKind k) {
        return switch (k) {
            case BOOL, UNTYPED_BOOL -> v instanceof Value.Bool b && b.value();
            case STRING, UNTYPED_STRING -> v instanceof Value.Str s ? s.bytes() : new byte[0];
            case FLOAT32 -> (float) Arith.toDouble(Arith.real(v));
            case FLOAT64, UNTYPED_FLOAT -> Arith.toDouble(Arith.real(v));
            case COMPLEX64, COMPLEX128, UNTYPED_COMPLEX ->
                    new double[] {Arith.toDouble(Arith.real(v)), Arith.toDouble(Arith.imag(v))};
            default -> {
                Value r = Arith.real(v);
                yield r instanceof Value.Int i ? i.value().longValue() : (long) Arith.toDouble(r);
            }
        };
    }
}
