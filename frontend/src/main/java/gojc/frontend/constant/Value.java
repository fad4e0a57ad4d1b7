package gojc.frontend.constant;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An exact constant value, as go/constant's Value: arbitrary-precision integers and rationals,
 * booleans, strings (as bytes), complex numbers; Unknown for erroneous operands. Values are
 * normalised: a rational with denominator 1 is an Int, a complex with zero imaginary part stays a
 * Complex only when built as one (the checker's type decides the kind, not the representation).
 */
public sealed interface Value permits Value.Unknown, Value.Bool, Value.Str, Value.Int, Value.Rat, Value.Complex {

    record Unknown() implements Value {
        @Override public String toString() { return "unknown"; }
    }

    record Bool(boolean value) implements Value {
        @Override public String toString() { return Boolean.toString(value); }
    }

    /** A string constant: Go strings are byte sequences, not necessarily valid UTF-8. */
    record Str(byte[] bytes) implements Value {
        @Override public boolean equals(Object o) { return o instanceof Str s && Arrays.equals(bytes, s.bytes); }
        @Override public int hashCode() { return Arrays.hashCode(bytes); }
        @Override public String toString() { return Format.quote(bytes); }
    }

    record Int(BigInteger value) implements Value {
        @Override public String toString() { return value.toString(); }
    }

    /** A non-integer rational num/den, den > 1, in lowest terms. */
    record Rat(BigInteger num, BigInteger den) implements Value {
        @Override public String toString() { return Format.rat(this); }
    }

    /** re and im are Int or Rat. */
    record Complex(Value re, Value im) implements Value {
        @Override public String toString() { return "(" + re + " + " + im + "i)"; }
    }

    Unknown UNKNOWN = new Unknown();

    static Value of(boolean b) { return new Bool(b); }
    static Value of(long v) { return new Int(BigInteger.valueOf(v)); }
    static Value of(BigInteger v) { return new Int(v); }
    static Value of(String s) { return new Str(s.getBytes(StandardCharsets.UTF_8)); }
    static Value ofBytes(byte[] b) { return new Str(b); }

    /** num/den normalised (Int when the denominator divides). */
    static Value rat(BigInteger num, BigInteger den) {
        if (den.signum() < 0) { num = num.negate(); den = den.negate(); }
        // keep exact rationals bounded (go/constant switches to floats at a similar size)
        int excess = Math.min(num.bitLength(), den.bitLength()) - 2048;
        if (excess > 0) { num = num.shiftRight(excess); den = den.shiftRight(excess); }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) { num = num.divide(g); den = den.divide(g); }
        if (den.equals(BigInteger.ONE)) return new Int(num);
        return new Rat(num, den);
    }
}
