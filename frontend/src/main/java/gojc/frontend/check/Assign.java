package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.constant.Value;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Lookup;
import gojc.frontend.types.Representable;
import gojc.frontend.types.Type;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assignability of operands to types (go/types assignments.go, implicit conversions in expr.go):
 * untyped values get their final type here, constants become TExpr.Const of that type, and
 * conversions to interfaces or between identical underlying types become explicit Converts.
 */
final class Assign {
    private final PkgChecker c;
    /** Exact values of Const nodes built before their final type was known (delayed shifts). */
    private final Map<TExpr.Const, Value> untypedConsts = new IdentityHashMap<>();

    Assign(PkgChecker c) {
        this.c = c;
    }

    TExpr.Const constant(Pos pos, Type t, Value v) {
        BasicKind k = Types.kind(t);
        TExpr.Const k2 = new TExpr.Const(pos, t, Representable.toJava(v, k == null ? BasicKind.INVALID : k));
        if (Types.isUntyped(t)) untypedConsts.put(k2, v);
        return k2;
    }

    /** Gives an untyped operand the type target (no interfaces: those take the default type). */
    Representable.Fail implicitConvert(Operand x, Type target) {
        if (!Types.isUntyped(x.type) || Types.isInvalid(target) || x.invalid()) return Representable.Fail.NONE;
        Pos pos = x.expr.pos();
        if (Types.isUntyped(target)) {
            if (x.isConst()) {
                var r = Representable.check(x.val, Types.kind(target));
                if (r.fail() != Representable.Fail.NONE) return r.fail();
                x.val = r.value();
            }
            x.type = target;
            return Representable.Fail.NONE;
        }
        if (x.isNil()) {
            if (!Types.hasNil(target)) return Representable.Fail.NOT_REPRESENTABLE;
            x.type = target;
            x.tx = new TExpr.Zero(pos, target);
            return Representable.Fail.NONE;
        }
        if (target instanceof gojc.frontend.types.TypeParam tp) return implicitConvertTypeParam(x, tp);
        Type tu = target.underlying();
        if (tu instanceof Type.Basic tb) {
            BasicKind xk = Types.kind(x.type);
            boolean compat = xk.isBoolean() ? tb.kind().isBoolean() : xk.isString() ? tb.kind().isString() : tb.kind().isNumeric();
            if (!compat) return Representable.Fail.NOT_REPRESENTABLE;
            if (x.isConst()) {
                var r = Representable.check(x.val, tb.kind());
                if (r.fail() != Representable.Fail.NONE) return r.fail();
                x.val = r.value();
                x.type = target;
                x.tx = constant(pos, target, x.val);
                return Representable.Fail.NONE;
            }
            if (!tb.kind().isInteger() && findShift(x.expr) != null) {
                Expr shift = findShift(x.expr);
                if (shift != null) {
                    c.error(Exprs.start(shift), "invalid operation: " + ExprString.of(shift) + " (shift of type " + target + ")");
                    x.setInvalid();
                    return Representable.Fail.NONE;
                }
                return Representable.Fail.TRUNCATED;
            }
            x.tx = retype(x.tx, target);
            x.type = target;
            return Representable.Fail.NONE;
        }
        if (tu instanceof Type.Interface) return implicitConvert(x, Types.defaultType(x.type));
        return Representable.Fail.NOT_REPRESENTABLE;
    }

    /**
     * An untyped operand becomes a value of type parameter tp if it converts to every type of tp's
     * type set; the result is never a constant (its value depends on the type argument).
     */
    private Representable.Fail implicitConvertTypeParam(Operand x, gojc.frontend.types.TypeParam tp) {
        var terms = Types.typeSetTerms(tp);
        if (terms.isEmpty()) return Representable.Fail.NOT_REPRESENTABLE;
        for (Type.Term term : terms) {
            Operand y = new Operand(x.mode, x.expr, x.type);
            y.val = x.val;
            y.tx = x.tx;
            var f = implicitConvert(y, term.type());
            if (f != Representable.Fail.NONE) return f;
        }
        if (x.isConst()) x.tx = constant(x.expr.pos(), x.type, x.val);
        x.tx = retype(x.tx, tp);
        x.type = tp;
        x.val = null;
        if (x.mode == Operand.Mode.CONSTANT) x.mode = Operand.Mode.VALUE;
        return Representable.Fail.NONE;
    }

    /** The non-constant shift of an untyped constant inside e, which takes its type from the context. */
    private static Expr findShift(Expr e) {
        return switch (e) {
            case Expr.Paren p -> findShift(p.x());
            case Expr.Unary u -> findShift(u.x());
            case Expr.Binary b when b.op() == gojc.frontend.ast.Op.SHL || b.op() == gojc.frontend.ast.Op.SHR -> b;
            case Expr.Binary b when Operators.isComparison(b.op()) -> null;
            case Expr.Binary b -> {
                Expr l = findShift(b.x());
                yield l != null ? l : findShift(b.y());
            }
            case null, default -> null;
        };
    }

    /** Rebuilds an untyped expression tree with its final type (go/types updateExprType). */
    TExpr retype(TExpr t, Type target) {
        return switch (t) {
            case TExpr.Const k when Types.isUntyped(k.type()) -> {
                Value v = untypedConsts.get(k);
                BasicKind tk = Types.kind(target);
                yield v == null || tk == null ? new TExpr.Convert(k.pos(), target, k) : constant(k.pos(), target,
                        Representable.check(v, tk).value());
            }
            case TExpr.Binary b when Types.isUntyped(b.type()) -> {
                boolean shift = b.op() == gojc.frontend.ast.Op.SHL || b.op() == gojc.frontend.ast.Op.SHR;
                if (Operators.isComparison(b.op())) yield new TExpr.Binary(b.pos(), target, b.op(), b.x(), b.y());
                yield new TExpr.Binary(b.pos(), target, b.op(), retype(b.x(), target), shift ? b.y() : retype(b.y(), target));
            }
            case TExpr.Binary b when Operators.isComparison(b.op()) && Types.isBoolean(target) ->
                    Types.identical(b.type(), target) && b.type() == target ? b : new TExpr.Binary(b.pos(), target, b.op(), b.x(), b.y());
            case TExpr.Unary u when Types.isUntyped(u.type()) -> new TExpr.Unary(u.pos(), target, u.op(), retype(u.x(), target));
            default -> t.type() == target ? t : new TExpr.Convert(t.pos(), target, t);
        };
    }

    /** The tree of a value, with untyped operands given their default type. */
    TExpr tx(Operand x) {
        if (x.invalid()) return new TExpr.Zero(x.expr == null ? Pos.NONE : x.expr.pos(), Universe.INVALID);
        if (Types.isUntyped(x.type)) return defaultValue(x);
        if (x.tx == null && x.isConst()) x.tx = constant(x.expr.pos(), x.type, x.val);
        return x.tx;
    }

    /** Like tx, but an untyped operand keeps its untyped type (retyped later as a whole). */
    TExpr txKeepUntyped(Operand x) {
        if (x.isConst() && (x.tx == null || Types.isUntyped(x.type))) return constant(x.expr.pos(), x.type, x.val);
        return x.tx;
    }

    TExpr defaultValue(Operand x) {
        return defaultValue(x, "assignment");
    }

    TExpr defaultValue(Operand x, String context) {
        if (x.invalid()) return tx(x);
        if (x.isNil()) {
            c.error(Exprs.start(x.expr), "use of untyped nil in " + context);
            x.setInvalid();
            return tx(x);
        }
        if (Types.isUntyped(x.type)) {
            implicitConvert(x, Types.defaultType(x.type));
            if (x.tx == null) x.tx = constant(x.expr.pos(), x.type, x.val);
            return x.tx;
        }
        return tx(x);
    }

    void singleValue(Operand x) {
        if (!x.invalid() && x.type instanceof Type.Tuple t) {
            c.error(Exprs.start(x.expr), "multiple-value " + ExprString.of(x.expr) + " (value of type " + t + ") in single-value context");
            x.setInvalid();
        }
    }

    /** Checks x against t in context ("assignment", "argument to f", …); on success x.tx has type t. */
    boolean assignment(Operand x, Type t, String context) {
        singleValue(x);
        if (x.invalid()) return false;
        if (x.mode == Operand.Mode.TYPEXPR || x.mode == Operand.Mode.BUILTIN || x.mode == Operand.Mode.NOVALUE) {
            x.setInvalid();
            return false;
        }
        if (Types.isInvalid(t)) {
            x.setInvalid();
            return false;
        }
        if (Types.isUntyped(x.type)) {
            Type target = Types.isInterface(t) && !x.isNil() ? Types.defaultType(x.type) : t;
            String desc = x.describe();
            var fail = implicitConvert(x, target);
            if (fail != Representable.Fail.NONE) {
                String why = fail == Representable.Fail.OVERFLOWS ? " (overflows)" : fail == Representable.Fail.TRUNCATED ? " (truncated)" : "";
                c.error(Exprs.start(x.expr), "cannot use " + desc + " as " + t + " value in " + context + why);
                x.setInvalid();
                return false;
            }
            if (x.tx == null) x.tx = constant(x.expr.pos(), x.type, x.val);
        }
        if (!Types.assignableTo(x.type, t)) {
            String reason = "";
            if (t.underlying() instanceof Type.Interface ti) {
                var m = Lookup.missingMethod(x.type, ti);
                if (m != null) {
                    c.error(Exprs.start(x.expr), "cannot use " + x.describe() + " as type " + t + " in " + context + ":\n\t"
                            + x.type + " does not implement " + t + " " + missingReason(x.type, m));
                    x.setInvalid();
                    return false;
                }
            }
            c.error(Exprs.start(x.expr), "cannot use " + x.describe() + " as type " + t + " in " + context + reason);
            x.setInvalid();
            return false;
        }
        TExpr v = tx(x);
        if (x.isNil() || v instanceof TExpr.Zero z && Types.isNil(z.type())) v = new TExpr.Zero(x.expr.pos(), t);
        else if (!Types.identical(x.type, t)) v = new TExpr.Convert(x.expr.pos(), t, v);
        x.tx = v;
        x.type = t;
        return true;
    }

    /** Initialises v (declared type t or null) from x; returns the initialiser tree or null. */
    TExpr initVar(Var v, Type t, Operand x, String context) {
        if (x.invalid()) {
            if (v.type() == null) v.setType(t == null ? Universe.INVALID : t);
            return null;
        }
        if (t == null) {
            if (x.mode == Operand.Mode.TYPEXPR || x.mode == Operand.Mode.NOVALUE || x.mode == Operand.Mode.BUILTIN) {
                v.setType(Universe.INVALID);
                return null;
            }
            TExpr e = defaultValue(x, context);
            v.setType(x.invalid() ? Universe.INVALID : x.type);
            return x.invalid() ? null : e;
        }
        v.setType(t);
        return assignment(x, t, context) ? x.tx : null;
    }

    /** The comma-ok form of a map index, receive or type assertion: a (T, bool) tuple. */
    static TExpr commaOk(TExpr t) {
        return switch (t) {
            case TExpr.MapIndex m -> new TExpr.MapIndex(m.pos(), tuple(m.type()), m.map(), m.key(), true);
            case TExpr.Recv r -> new TExpr.Recv(r.pos(), tuple(r.type()), r.chan(), true);
            case TExpr.TypeAssert a -> new TExpr.TypeAssert(a.pos(), tuple(a.type()), a.x(), a.target(), true);
            default -> t;
        };
    }

    private static Type tuple(Type t) {
        return new Type.Tuple(List.of(t, Universe.BOOL));
    }

    /**
     * Initialises several variables from values or from one tuple-valued expression (var a, b = f()
     * and a, b := m[k]). Returns the right-hand trees (one tuple or one per variable), or null.
     */
    List<TExpr> initVars(List<Var> lhs, Type t, List<Expr> rhs, Pos pos, boolean local) {
        String ctx = local ? "assignment" : "variable declaration";
        if (rhs.size() == 1 && lhs.size() > 1) {
            Operand x = c.exprs.multi(rhs.get(0));
            if (x.invalid()) { invalidate(lhs, t); return null; }
            if ((x.mode == Operand.Mode.COMMAOK || x.mode == Operand.Mode.MAPINDEX) && lhs.size() == 2) {
                TExpr tup = commaOk(x.tx);
                Type vt = ((Type.Tuple) tup.type()).types().get(0);
                Operand first = Operand.value(x.expr, x.tx);
                TExpr conv = initVar(lhs.get(0), t, first, ctx);
                Operand ok = new Operand(Operand.Mode.VALUE, x.expr, Universe.UNTYPED_BOOL);
                ok.tx = new TExpr.Zero(x.expr.pos(), Universe.BOOL);
                initVar(lhs.get(1), t, ok, ctx);
                if (conv == null) return null;
                if (t != null && !Types.identical(vt, t)) {
                    c.error(Exprs.start(x.expr), "cannot use comma-ok value as " + t + " value in " + ctx);
                    return null;
                }
                return List.of(tup);
            }
            if (x.type instanceof Type.Tuple tt && tt.types().size() == lhs.size()) {
                boolean ok = true;
                for (int i = 0; i < lhs.size(); i++) {
                    Operand e = new Operand(Operand.Mode.VALUE, x.expr, tt.types().get(i));
                    e.tx = new TExpr.Zero(x.expr.pos(), tt.types().get(i));
                    if (t == null) lhs.get(i).setType(tt.types().get(i));
                    else if (initVar(lhs.get(i), t, e, ctx) == null) ok = false;
                }
                return ok ? List.of(x.tx) : null;
            }
            mismatch(rhs.get(0), lhs.size(), x);
            invalidate(lhs, t);
            return null;
        }
        if (lhs.size() != rhs.size()) {
            reportCountMismatch(rhs.isEmpty() ? pos : rhs.get(0).pos(), lhs.size(), rhs);
            for (Expr e : rhs) c.exprs.multi(e);
            invalidate(lhs, t);
            return null;
        }
        List<TExpr> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < lhs.size(); i++) {
            Operand x = c.exprs.expr(rhs.get(i));
            TExpr e = initVar(lhs.get(i), t, x, ctx);
            if (e == null) ok = false;
            out.add(e);
        }
        return ok ? out : null;
    }

    private void invalidate(List<Var> lhs, Type t) {
        for (Var v : lhs) if (v.type() == null) v.setType(t == null ? Universe.INVALID : t);
    }

    void mismatch(Expr rhs, int nvars, Operand x) {
        int n = x.type instanceof Type.Tuple tt ? tt.types().size() : 1;
        if (Exprs.unparen(rhs) instanceof Expr.Call call) {
            c.error(Exprs.start(rhs), "assignment mismatch: " + plural(nvars, "variable") + " but " + ExprString.of(call)
                    + " returns " + plural(n, "value"));
        } else {
            c.error(Exprs.start(rhs), "assignment mismatch: " + plural(nvars, "variable") + " but " + plural(n, "value"));
        }
    }

    void reportCountMismatch(Pos pos, int nvars, List<Expr> rhs) {
        c.error(pos, "assignment mismatch: " + plural(nvars, "variable") + " but " + plural(rhs.size(), "value"));
    }

    /** gc 1.19's explanation of a failed interface satisfaction. */
    static String missingReason(Type v, Lookup.Missing m) {
        String name = m.method().name();
        if (m.pointerRecv()) return "(" + name + " method has pointer receiver)";
        if (m.wrongType()) {
            var sel = Lookup.lookup(v, name, m.method().pkg());
            Type.Signature have = switch (sel) {
                case Lookup.MethodSel ms -> ms.method().type();
                case Lookup.IfaceMethodSel im -> im.method().sig();
                case null, default -> null;
            };
            return "(wrong type for " + name + " method)\n\t\thave " + name
                    + (have == null ? "()" : gojc.frontend.types.TypeStrings.signature(have))
                    + "\n\t\twant " + name + gojc.frontend.types.TypeStrings.signature(m.method().sig());
        }
        return "(missing " + name + " method)";
    }

    static String plural(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
