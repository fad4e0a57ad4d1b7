package gojc.frontend.constant;

import gojc.frontend.ast.Op;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Exact constant arithmetic (spec "Constant expressions"): integers stay integers, quotients of
 * untyped floats stay exact rationals, complex values are pairs. Division by zero and invalid
 * operand combinations are the caller's to detect; here they yield Unknown.
 */
public final class Arith {
    private Arith() {}

    public static boolean isZero(Value v) {
        return switch (v) {
            case Value.Int i -> i.value().signum() == 0;
            case Value.Rat r -> false;
            case Value.Complex c -> isZero(c.re()) && isZero(c.im());
            default -> false;
        };
    }

    public static int sign(Value v) {
        return switch (v) {
            case Value.Int i -> i.value().signum();
            case Value.Rat r -> r.num().signum();
            default -> 0;
        };
    }

    static BigInteger num(Value v) {
        return v instanceof Value.Rat r ? r.num() : ((Value.Int) v).value();
    }

    static BigInteger den(Value v) {
        return v instanceof Value.Rat r ? r.den() : BigInteger.ONE;
    }

    private static Value re(Value v) {
        return v instanceof Value.Complex c ? c.re() : v;
    }

    private static Value im(Value v) {
        return v instanceof Value.Complex c ? c.im() : Value.of(0);
    }

    static Value add(Value x, Value y) {
        return Value.rat(num(x).multiply(den(y)).add(num(y).multiply(den(x))), den(x).multiply(den(y)));
    }

    static Value sub(Value x, Value y) {
        return Value.rat(num(x).multiply(den(y)).subtract(num(y).multiply(den(x))), den(x).multiply(den(y)));
    }

    static Value mul(Value x, Value y) {
        return Value.rat(num(x).multiply(num(y)), den(x).multiply(den(y)));
    }

    static Value quo(Value x, Value y) {
        return Value.rat(num(x).multiply(den(y)), den(x).multiply(num(y)));
    }

    static Value neg(Value x) {
        return Value.rat(num(x).negate(), den(x));
    }

    /** A binary arithmetic or logical operation; intDiv selects truncated integer division for QUO. */
    public static Value binary(Value x, Op op, Value y, boolean intDiv) {
        if (x instanceof Value.Unknown || y instanceof Value.Unknown) return Value.UNKNOWN;
        if (x instanceof Value.Bool a && y instanceof Value.Bool b) {
            return switch (op) {
                case LAND -> Value.of(a.value() && b.value());
                case LOR -> Value.of(a.value() || b.value());
                default -> Value.UNKNOWN;
            };
        }
        if (x instanceof Value.Str a && y instanceof Value.Str b) {
            if (op != Op.ADD) return Value.UNKNOWN;
            byte[] r = new byte[a.bytes().length + b.bytes().length];
            System.arraycopy(a.bytes(), 0, r, 0, a.bytes().length);
            System.arraycopy(b.bytes(), 0, r, a.bytes().length, b.bytes().length);
            return Value.ofBytes(r);
        }
        if (x instanceof Value.Complex || y instanceof Value.Complex) return complex(re(x), im(x), op, re(y), im(y));
        if (!(x instanceof Value.Int || x instanceof Value.Rat) || !(y instanceof Value.Int || y instanceof Value.Rat)) {
            return Value.UNKNOWN;
        }
        if (x instanceof Value.Int a && y instanceof Value.Int b) {
            BigInteger p = a.value(), q = b.value();
            switch (op) {
                case QUO: if (!intDiv) break;
                    return q.signum() == 0 ? Value.UNKNOWN : Value.of(p.divide(q));
                case REM: return q.signum() == 0 ? Value.UNKNOWN : Value.of(p.remainder(q));
                case AND: return Value.of(p.and(q));
                case OR: return Value.of(p.or(q));
                case XOR: return Value.of(p.xor(q));
                case AND_NOT: return Value.of(p.andNot(q));
                default: break;
            }
        }
        return switch (op) {
            case ADD -> add(x, y);
            case SUB -> sub(x, y);
            case MUL -> mul(x, y);
            case QUO -> isZero(y) ? Value.UNKNOWN : quo(x, y);
            default -> Value.UNKNOWN;
        };
    }

    private static Value complex(Value a, Value b, Op op, Value c, Value d) {
        return switch (op) {
            case ADD -> new Value.Complex(add(a, c), add(b, d));
            case SUB -> new Value.Complex(sub(a, c), sub(b, d));
            case MUL -> new Value.Complex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
            case QUO -> {
                Value s = add(mul(c, c), mul(d, d));
                if (isZero(s)) yield Value.UNKNOWN;
                yield new Value.Complex(quo(add(mul(a, c), mul(b, d)), s), quo(sub(mul(b, c), mul(a, d)), s));
            }
            default -> Value.UNKNOWN;
        };
    }

    /**
     * A unary operation. For ^ on a typed unsigned operand, bits is its size (the complement is
     * taken within that many bits); 0 means signed/untyped.
     */
    public static Value unary(Op op, Value x, int unsignedBits) {
        if (x instanceof Value.Unknown) return x;
        return switch (op) {
            case ADD -> x;
            case SUB -> x instanceof Value.Complex c ? new Value.Complex(neg(c.re()), neg(c.im()))
                    : x instanceof Value.Bool || x instanceof Value.Str ? Value.UNKNOWN : neg(x);
            case NOT -> x instanceof Value.Bool b ? Value.of(!b.value()) : Value.UNKNOWN;
            case XOR -> {
                if (!(x instanceof Value.Int i)) yield Value.UNKNOWN;
                BigInteger r = i.value().not();
                if (unsignedBits > 0) r = r.and(BigInteger.ONE.shiftLeft(unsignedBits).subtract(BigInteger.ONE));
                yield Value.of(r);
            }
            default -> Value.UNKNOWN;
        };
    }

    public static Value shift(Value x, Op op, long s) {
        if (!(x instanceof Value.Int i) || s < 0) return Value.UNKNOWN;
        if (s > 100_000) return Value.UNKNOWN;
        return Value.of(op == Op.SHL ? i.value().shiftLeft((int) s) : i.value().shiftRight((int) s));
    }

    /** x op y for a comparison operator. */
    public static boolean compare(Value x, Op op, Value y) {
        int c;
        if (x instanceof Value.Bool a && y instanceof Value.Bool b) {
            c = a.value() == b.value() ? 0 : 1;
        } else if (x instanceof Value.Str a && y instanceof Value.Str b) {
            c = java.util.Arrays.compareUnsigned(a.bytes(), b.bytes());
        } else if (x instanceof Value.Complex || y instanceof Value.Complex) {
            c = sign(sub(re(x), re(y))) == 0 && sign(sub(im(x), im(y))) == 0 ? 0 : 1;
        } else {
            c = sign(sub(x, y));
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            default -> false;
        };
    }

    /** The nearest double (may be infinite). */
    public static double toDouble(Value v) {
        return switch (v) {
            case Value.Int i -> i.value().doubleValue();
            case Value.Rat r -> new BigDecimal(r.num()).divide(new BigDecimal(r.den()), new MathContext(60)).doubleValue();
            case Value.Complex c -> toDouble(c.re());
            default -> 0;
        };
    }

    /** The exact value of a finite double. */
    public static Value fromDouble(double d) {
        BigDecimal b = new BigDecimal(d);
        if (b.scale() <= 0) return Value.of(b.toBigIntegerExact());
        return Value.rat(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
    }

    /** Real and imaginary parts, for real/imag/complex builtins. */
    public static Value real(Value v) { return re(v); }

    public static Value imag(Value v) { return im(v); }

    /** Truncation towards zero of an Int or Rat (used by tests and float → int checks). */
    public static boolean isInteger(Value v) {
        return v instanceof Value.Int || (v instanceof Value.Complex c && c.re() instanceof Value.Int && isZero(c.im()));
    }
}
