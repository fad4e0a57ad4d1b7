package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Op;
import gojc.frontend.constant.Arith;
import gojc.frontend.constant.Value;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Representable;
import gojc.frontend.types.Type;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;

/**
 * Unary and binary operators (spec "Operators", "Constant expressions"; go/types expr.go):
 * matching operand types, folding constants exactly, shifts, comparisons.
 */
final class Operators {
    private final PkgChecker c;

    Operators(PkgChecker c) {
        this.c = c;
    }

    Operand unary(Expr.Unary u, Operand x) {
        Op op = u.op();
        boolean ok = switch (op) {
            case ADD, SUB -> Types.isNumeric(x.type);
            case XOR -> Types.isInteger(x.type);
            case NOT -> Types.isBoolean(x.type);
            default -> false;
        };
        if (!ok) {
            c.error(x.expr == null ? u.pos() : Exprs.start(x.expr), "invalid operation: operator " + op.text + " not defined on " + x.describe());
            return Operand.invalid(u);
        }
        if (x.isConst()) {
            int bits = Types.isUnsigned(x.type) ? Types.kind(x.type).bits() : 0;
            Value v = Arith.unary(op, x.val, bits);
            Operand r = Operand.constant(u, x.type, v);
            return checkTypedConst(r) ? r : Operand.invalid(u);
        }
        TExpr tx = c.assign.txKeepUntyped(x);
        return Operand.value(u, new TExpr.Unary(u.pos(), x.type, op, tx));
    }

    /** A typed constant result must be representable in its type; untyped ones stay within gc's 512 bits. */
    boolean checkTypedConst(Operand r) {
        if (r.val instanceof Value.Int i && Types.isInteger(r.type) && i.value().bitLength() > 512) {
            c.error(Exprs.start(r.expr), "constant " + opName(r.expr) + " overflow");
            return false;
        }
        if (Types.isUntyped(r.type) || r.val instanceof Value.Unknown) return true;
        BasicKind k = Types.kind(r.type);
        if (k == null) return true;
        var res = Representable.check(r.val, k);
        if (res.fail() != Representable.Fail.NONE) {
            c.error(Exprs.start(r.expr), r.describe() + " overflows " + r.type);
            return false;
        }
        r.val = res.value();
        return true;
    }

    private static String opName(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case ADD -> "addition";
                case SUB -> "subtraction";
                case MUL -> "multiplication";
                case SHL -> "shift";
                default -> "arithmetic";
            };
        }
        return "arithmetic";
    }

    static boolean isComparison(Op op) {
        return switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    Operand binary(Expr.Binary b) {
        Operand x = c.exprs.expr(b.x());
        Operand y = c.exprs.expr(b.y());
        return binaryOperands(b, x, y);
    }

    Operand binaryOperands(Expr.Binary b, Operand x, Operand y) {
        if (x.invalid() || y.invalid()) return Operand.invalid(b);
        Op op = b.op();
        if (op == Op.SHL || op == Op.SHR) return shift(b, x, y);
        boolean xNil = x.isNil(), yNil = y.isNil();
        if (!matchTypes(b, x, y)) return Operand.invalid(b);
        if (isComparison(op)) return comparison(b, x, y, xNil, yNil);
        if (!Types.identical(x.type, y.type)) {
            mismatch(b, x, y);
            return Operand.invalid(b);
        }
        if (!defined(op, x.type)) {
            c.error(Exprs.start(b.x()), "invalid operation: operator " + op.text + " not defined on " + x.describe());
            return Operand.invalid(b);
        }
        if ((op == Op.QUO || op == Op.REM) && y.isConst() && Arith.isZero(y.val) && (x.isConst() || Types.isInteger(x.type))) {
            c.error(Exprs.start(b.y()), "invalid operation: division by zero");
            return Operand.invalid(b);
        }
        if (x.isConst() && y.isConst()) {
            Value v = Arith.binary(x.val, op, y.val, Types.isInteger(x.type));
            Operand r = Operand.constant(b, x.type, v);
            return checkTypedConst(r) ? r : Operand.invalid(b);
        }
        Type t = x.type;
        TExpr xt = c.assign.txKeepUntyped(x), yt = c.assign.txKeepUntyped(y);
        return Operand.value(b, new TExpr.Binary(b.pos(), t, op, xt, yt));
    }

    private void mismatch(Expr.Binary b, Operand x, Operand y) {
        c.error(isComparison(b.op()) ? Exprs.start(b.y()) : Exprs.start(b.x()), "invalid operation: " + ExprString.of(b)
                + " (mismatched types " + x.type + " and " + y.type + ")");
    }

    private static boolean defined(Op op, Type t) {
        return switch (op) {
            case ADD -> Types.forAllTerms(t, u -> Types.isNumeric(u) || Types.isString(u));
            case SUB, MUL, QUO -> Types.isNumeric(t);
            case REM, AND, OR, XOR, AND_NOT -> Types.isInteger(t);
            case LAND, LOR -> Types.isBoolean(t);
            default -> false;
        };
    }

    private static int rank(BasicKind k) {
        return switch (k) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            case UNTYPED_COMPLEX -> 4;
            default -> 0;
        };
    }

    /** Converts an untyped operand to the other operand's type (go/types matchTypes). */
    private boolean matchTypes(Expr.Binary b, Operand x, Operand y) {
        boolean xu = Types.isUntyped(x.type), yu = Types.isUntyped(y.type);
        if (xu && yu) {
            BasicKind kx = Types.kind(x.type), ky = Types.kind(y.type);
            if (kx == ky) return true;
            if (kx.isNumeric() && ky.isNumeric()) {
                Type t = rank(kx) > rank(ky) ? x.type : y.type;
                for (Operand o : new Operand[] {x, y}) {
                    if (!o.isConst() && !Types.isInteger(t)) {
                        c.assign.implicitConvert(o, Types.defaultType(t));
                        if (o.invalid()) return false;
                    }
                }
                x.type = t;
                y.type = t;
                return true;
            }
            if (x.isNil() || y.isNil()) {
                mismatch(b, x, y);
                return false;
            }
            mismatch(b, x, y);
            return false;
        }
        if (xu) return convertFor(b, x, y.type, y, x);
        if (yu) return convertFor(b, y, x.type, x, y);
        return true;
    }

    private boolean convertFor(Expr.Binary b, Operand u, Type target, Operand other, Operand self) {
        if (target instanceof gojc.frontend.types.TypeParam && !u.isNil()) {
            // go/types: the constant must convert to every type of the type set
            String desc = u.describe();
            if (c.assign.implicitConvert(u, target) == gojc.frontend.types.Representable.Fail.NONE) return true;
            c.error(Exprs.start(u.expr), "cannot convert " + desc + " to " + target);
            return false;
        }
        if (!compatible(u, target)) {
            Operand x = self == u && u.expr == b.x() ? u : other;
            Operand y = x == u ? other : u;
            if (u.expr == b.x()) mismatch(b, u, other); else mismatch(b, other, u);
            return false;
        }
        String desc = u.describe();
        var fail = c.assign.implicitConvert(u, target);
        switch (fail) {
            case NONE -> { return true; }
            case TRUNCATED -> c.error(Exprs.start(u.expr), desc + " truncated to " + target);
            case OVERFLOWS -> c.error(Exprs.start(u.expr), desc + " overflows " + target);
            default -> {
                if (u.expr == b.x()) mismatch(b, u, other); else mismatch(b, other, u);
            }
        }
        return false;
    }

    /** Whether an untyped operand may be converted to target in a binary operation. */
    private static boolean compatible(Operand u, Type target) {
        if (Types.isInterface(target)) return true;
        if (u.isNil()) return Types.hasNil(target);
        BasicKind k = Types.kind(u.type);
        if (k.isBoolean()) return Types.isBoolean(target);
        if (k.isString()) return Types.isString(target);
        return Types.isNumeric(target);
    }

    private Operand comparison(Expr.Binary b, Operand x, Operand y, boolean xNil, boolean yNil) {
        Op op = b.op();
        String err = null;
        boolean assignable = Types.assignableTo(x.type, y.type) || Types.assignableTo(y.type, x.type);
        if (!assignable) {
            mismatch(b, x, y);
            return Operand.invalid(b);
        }
        if (op == Op.EQL || op == Op.NEQ) {
            if (xNil || yNil) {
                Type t = xNil ? y.type : x.type;
                if (!Types.hasNil(t)) err = "mismatched types " + x.type + " and " + y.type;
            } else if (!Types.comparable(x.type)) {
                err = incomparable(x.type);
            } else if (!Types.comparable(y.type)) {
                err = incomparable(y.type);
            }
        } else if (x.type instanceof gojc.frontend.types.TypeParam && !Types.isOrdered(x.type)) {
            err = "type parameter " + x.type + " is not comparable with " + op.text;
        } else if (y.type instanceof gojc.frontend.types.TypeParam && !Types.isOrdered(y.type)) {
            err = "type parameter " + y.type + " is not comparable with " + op.text;
        } else if (!Types.isOrdered(x.type)) {
            err = "operator " + op.text + " not defined on " + kindName(x.type);
        }
        if (err != null) {
            c.error(Exprs.start(b.x()), "invalid operation: " + ExprString.of(b) + " (" + err + ")");
            return Operand.invalid(b);
        }
        if (x.isConst() && y.isConst()) {
            return Operand.constant(b, Universe.UNTYPED_BOOL, Value.of(Arith.compare(x.val, op, y.val)));
        }
        TExpr xt, yt;
        if (xNil) {
            yt = c.assign.tx(y);
            xt = new TExpr.Zero(Exprs.start(b.x()), yt.type());
        } else if (yNil) {
            xt = c.assign.tx(x);
            yt = new TExpr.Zero(Exprs.start(b.y()), xt.type());
        } else if (Types.isInterface(x.type) && !Types.isInterface(y.type)) {
            xt = c.assign.tx(x);
            yt = new TExpr.Convert(Exprs.start(b.y()), x.type, c.assign.tx(y));
        } else if (Types.isInterface(y.type) && !Types.isInterface(x.type)) {
            yt = c.assign.tx(y);
            xt = new TExpr.Convert(Exprs.start(b.x()), y.type, c.assign.tx(x));
        } else {
            xt = c.assign.tx(x);
            yt = c.assign.tx(y);
        }
        Operand r = Operand.value(b, new TExpr.Binary(b.pos(), Universe.BOOL, op, xt, yt));
        r.type = Universe.UNTYPED_BOOL;
        return r;
    }

    private static String incomparable(Type t) {
        if (t instanceof gojc.frontend.types.TypeParam tp) {
            return "incomparable types in type set";
        }
        return switch (t.underlying()) {
            case Type.Slice s -> "slice can only be compared to nil";
            case Type.Map m -> "map can only be compared to nil";
            case Type.Signature s -> "func can only be compared to nil";
            case Type.Struct s -> {
                for (Type.Field f : s.fields()) {
                    if (!Types.comparable(f.type())) yield "struct containing " + f.type() + " cannot be compared";
                }
                yield "struct cannot be compared";
            }
            default -> t + " cannot be compared";
        };
    }

    private static String kindName(Type t) {
        return switch (t.underlying()) {
            case Type.Struct s -> "struct";
            case Type.Pointer p -> "pointer";
            case Type.Interface i -> "interface";
            case Type.Chan ch -> "chan";
            case Type.Slice s -> "slice";
            case Type.Map m -> "map";
            case Type.Signature s -> "func";
            case Type.Array a -> "array";
            default -> t.toString();
        };
    }

    private Operand shift(Expr.Binary b, Operand x, Operand y) {
        // the shifted operand: an integer, or an untyped constant representable as one
        if (x.isConst() && Types.isUntyped(x.type)) {
            var r = Representable.check(x.val, BasicKind.UNTYPED_INT);
            if (r.fail() != Representable.Fail.NONE) {
                c.error(Exprs.start(b.x()), "invalid operation: shifted operand " + x.describe() + " must be integer");
                return Operand.invalid(b);
            }
            x.val = r.value();
            // with a constant count the result is an integer constant; otherwise the operand
            // keeps its kind and gets its type from the context (spec "Operators", shifts)
            if (!Types.isInteger(x.type) && y.isConst()) x.type = Universe.UNTYPED_INT;
        } else if (!Types.isInteger(x.type)) {
            c.error(Exprs.start(b.x()), "invalid operation: shifted operand " + x.describe() + " must be integer");
            return Operand.invalid(b);
        }
        // the count: an integer, or an untyped constant representable as uint
        if (y.isConst()) {
            var r = Representable.check(y.val, BasicKind.UNTYPED_INT);
            if (r.fail() != Representable.Fail.NONE || !(Types.isInteger(y.type) || Types.isUntyped(y.type))) {
                c.error(Exprs.start(b.y()), "invalid operation: shift count " + y.describe() + " must be integer");
                return Operand.invalid(b);
            }
            y.val = r.value();
            if (Arith.sign(y.val) < 0) {
                c.error(Exprs.start(b.y()), "invalid operation: negative shift count " + y.describe());
                return Operand.invalid(b);
            }
            if (Types.isUntyped(y.type)) c.assign.implicitConvert(y, Universe.UINT);
        } else if (!Types.isInteger(y.type)) {
            c.error(Exprs.start(b.y()), "invalid operation: shift count " + y.describe() + " must be integer");
            return Operand.invalid(b);
        }
        if (x.isConst() && y.isConst()) {
            long s = ((Value.Int) y.val).value().min(java.math.BigInteger.valueOf(1_000_000)).longValue();
            if (s > 10000 && Arith.sign(x.val) != 0) {
                c.error(Exprs.start(b.y()), "invalid shift count " + y.describe());
                return Operand.invalid(b);
            }
            Operand r = Operand.constant(b, x.type, Arith.shift(x.val, b.op(), s));
            return checkTypedConst(r) ? r : Operand.invalid(b);
        }
        TExpr xt = c.assign.txKeepUntyped(x);
        return Operand.value(b, new TExpr.Binary(b.pos(), x.type, b.op(), xt, c.assign.tx(y)));
    }
}
