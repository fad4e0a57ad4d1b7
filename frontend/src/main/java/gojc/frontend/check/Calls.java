package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.constant.Value;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Representable;
import gojc.frontend.types.Type;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Calls and conversions (go/types call.go, conversions.go): argument passing with multi-value
 * forwarding and variadic packing, calls of functions, methods, interface methods and function
 * values, and conversions T(x) including constant conversions.
 */
final class Calls {
    private final PkgChecker c;

    Calls(PkgChecker c) {
        this.c = c;
    }

    Operand call(Expr.Call call) {
        Operand f = c.exprs.raw(call.fun());
        switch (f.mode) {
            case INVALID -> {
                for (Expr a : call.args()) c.exprs.multi(a);
                return Operand.invalid(call);
            }
            case TYPEXPR -> { return conversion(call, f.type); }
            case BUILTIN -> { return c.builtins.call(call, f.builtin); }
            default -> {}
        }
        if (f.generic != null) return genericCall(call, f);
        c.assign.singleValue(f);
        if (f.invalid()) return Operand.invalid(call);
        if (!(Types.core(f.type) instanceof Type.Signature sig)) {
            c.error(Exprs.start(call.fun()), "invalid operation: cannot call non-function " + f.describe());
            for (Expr a : call.args()) c.exprs.multi(a);
            return Operand.invalid(call);
        }
        String name = ExprString.of(call.fun());
        Args checked = arguments(call, sig, name);
        List<TExpr> args = checked == null ? null : checked.list();
        Type rt = resultType(sig);
        TExpr fx = f.tx;
        TExpr tx = switch (fx) {
            case TExpr.FuncRef r when !r.func().isMethod() -> new TExpr.CallFunc(call.pos(), rt, r.func(), args);
            case TExpr.MethodValue m -> new TExpr.CallMethod(call.pos(), rt, m.method(), m.recv(), args);
            case TExpr.InterfaceMethodValue m -> new TExpr.CallInterface(call.pos(), rt, m.recv(), m.method(), args);
            default -> new TExpr.CallValue(call.pos(), rt, fx, args);
        };
        if (args == null) return Operand.invalid(call);
        Operand r = Operand.value(call, checked.wrap(tx));
        if (sig.results().isEmpty()) r.mode = Operand.Mode.NOVALUE;
        return r;
    }

    private Operand genericCall(Expr.Call call, Operand f) {
        List<Operand> ops = new ArrayList<>();
        Var results = null;
        TExpr init = null;
        if (call.args().size() == 1 && !call.hasEllipsis()) {
            // f(g()) with g multi-valued: g's results are the arguments inference sees
            Operand x = c.exprs.multi(call.args().get(0));
            if (x.type instanceof Type.Tuple t && !x.invalid()) {
                results = new Var("$results", x.expr.pos(), c.pkg.path(), t, Var.Kind.LOCAL);
                init = x.tx;
                ops.addAll(tupleElems(x, t, results));
            } else {
                ops.add(x);
            }
        } else {
            for (Expr a : call.args()) ops.add(c.exprs.expr(a));
        }
        for (Operand o : ops) if (o.invalid()) return Operand.invalid(call);
        Generics gen = c.generics(f.generic);
        // gc counts the arguments before inference, against the signature over type parameters
        if (!countOk(call, gen.genericSignature(f.generic), ops, ExprString.of(call.fun()), results != null)) return Operand.invalid(call);
        List<Type> targs = gen.infer(f.generic, f.targs, ops, call.pos());
        if (targs == null) return Operand.invalid(call);
        // gc reports an unsatisfied constraint at the type argument if written, else at the call
        List<gojc.frontend.diag.Pos> at = new ArrayList<>();
        for (int i = 0; i < targs.size(); i++) at.add(f.targs != null && i < f.targs.size() ? f.targPos.get(i) : call.pos());
        gojc.frontend.types.Func inst = gen.instantiate(f.generic, targs, Exprs.start(call.fun()), at);
        if (inst == null || inst.type() == null) return Operand.invalid(call);
        Type.Signature sig = inst.type();
        Args args = arguments(call, sig, ExprString.of(call.fun()), ops, results, init);
        if (args == null) return Operand.invalid(call);
        Operand r = Operand.value(call, args.wrap(new TExpr.CallFunc(call.pos(), resultType(sig), inst, args.list())));
        if (sig.results().isEmpty()) r.mode = Operand.Mode.NOVALUE;
        return r;
    }

    static Type resultType(Type.Signature sig) {
        if (sig.results().size() == 1) return sig.results().get(0).type();
        List<Type> ts = new ArrayList<>();
        for (Var v : sig.results()) ts.add(v.type());
        return new Type.Tuple(ts);
    }

    /**
     * The checked arguments of a call; for {@code f(g())}, results is the local that holds g's
     * results (the call must be wrapped in a TExpr.Let that evaluates g into it).
     */
    record Args(List<TExpr> list, Var results, TExpr init) {
        TExpr wrap(TExpr call) {
            return results == null ? call : new TExpr.Let(call.pos(), call.type(), results, init, call);
        }
    }

    /** Checks the arguments of a call against sig; null if they do not fit (errors reported). */
    Args arguments(Expr.Call call, Type.Signature sig, String name) {
        return arguments(call, sig, name, null, null, null);
    }

    /** The elements of multi-valued x, read from results (which the call's Let evaluates x into). */
    private static List<Operand> tupleElems(Operand x, Type.Tuple t, Var results) {
        List<Operand> ops = new ArrayList<>();
        TExpr ref = new TExpr.VarRef(x.expr.pos(), t, results);
        for (int i = 0; i < t.types().size(); i++) {
            Operand e = new Operand(Operand.Mode.VALUE, x.expr, t.types().get(i));
            e.tx = new TExpr.TupleElem(x.expr.pos(), t.types().get(i), ref, i);
            ops.add(e);
        }
        return ops;
    }

    /**
     * As above; pre, when given, holds the arguments already evaluated (for generic inference),
     * with given results and init when they are a multi-valued call's.
     */
    Args arguments(Expr.Call call, Type.Signature sig, String name, List<Operand> pre, Var givenResults, TExpr givenInit) {
        List<Operand> ops = new ArrayList<>();
        boolean forwarded = givenResults != null;
        Var results = givenResults;
        TExpr init = givenInit;
        if (pre != null) {
            ops.addAll(pre);
        } else if (call.args().size() == 1 && !call.hasEllipsis()) {
            Operand x = c.exprs.multi(call.args().get(0));
            if (x.type instanceof Type.Tuple t && !x.invalid()) {
                forwarded = true;
                results = new Var("$results", x.expr.pos(), c.pkg.path(), t, Var.Kind.LOCAL);
                init = x.tx;
                ops.addAll(tupleElems(x, t, results));
            } else {
                ops.add(x);
            }
        } else {
            for (Expr a : call.args()) ops.add(c.exprs.expr(a));
        }
        for (Operand o : ops) if (o.invalid()) return null;
        if (call.hasEllipsis()) {
            if (!sig.variadic()) {
                c.error(call.args().get(call.args().size() - 1).pos(), "cannot use ... in call to non-variadic " + name);
                return null;
            }
        }
        if (!countOk(call, sig, ops, name, forwarded)) return null;
        List<TExpr> out = new ArrayList<>();
        int np = sig.params().size();
        String ctx = "argument to " + name;
        for (int i = 0; i < ops.size(); i++) {
            boolean extra = sig.variadic() && !call.hasEllipsis() && i >= np - 1;
            Type pt = extra ? ((Type.Slice) sig.params().get(np - 1).type()).elem() : sig.params().get(i).type();
            if (!c.assign.assignment(ops.get(i), pt, ctx)) return null;
            if (!extra) out.add(ops.get(i).tx);
        }
        if (sig.variadic() && !call.hasEllipsis()) {
            Type st = sig.params().get(np - 1).type();
            List<TExpr> elems = new ArrayList<>();
            List<Long> idx = new ArrayList<>();
            for (int i = np - 1; i < ops.size(); i++) {
                idx.add((long) (i - np + 1));
                elems.add(ops.get(i).tx);
            }
            out.add(elems.isEmpty() ? new TExpr.Zero(call.rparen(), st) : new TExpr.ListLit(call.pos(), st, idx, elems, elems.size()));
        }
        return new Args(out, results, init);
    }

    private Type paramType(Type.Signature sig, int i) {
        int np = sig.params().size();
        if (sig.variadic() && i >= np - 1) return ((Type.Slice) sig.params().get(np - 1).type()).elem();
        return sig.params().get(i).type();
    }

    private boolean countOk(Expr.Call call, Type.Signature sig, List<Operand> ops, String name, boolean forwarded) {
        int np = sig.params().size();
        int n = ops.size();
        boolean ok = sig.variadic() && !call.hasEllipsis() ? n >= np - 1 : n == np;
        if (ok) return true;
        boolean tooMany = n > np;
        gojc.frontend.diag.Pos at;
        // gc reports at the start of the first extra argument, else of the last one, else of the call
        if (tooMany && !forwarded) at = Exprs.start(call.args().get(np));
        else if (!call.args().isEmpty()) at = Exprs.start(call.args().get(call.args().size() - 1));
        else at = Exprs.start(call);
        c.error(at, (tooMany ? "too many arguments in call to " : "not enough arguments in call to ") + name
                + "\n\thave " + summary(ops) + "\n\twant " + paramSummary(sig));
        return false;
    }

    static String summary(List<Operand> ops) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (Operand o : ops) {
            Type t = o.type;
            if (Types.isUntyped(t)) j.add(Types.isNumeric(t) ? "number" : ((Type.Basic) t).name().replace("untyped ", ""));
            else j.add(t.toString());
        }
        return j.toString();
    }

    static String paramSummary(Type.Signature sig) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < sig.params().size(); i++) {
            Type t = sig.params().get(i).type();
            if (sig.variadic() && i == sig.params().size() - 1) j.add("..." + ((Type.Slice) t).elem());
            else j.add(t.toString());
        }
        return j.toString();
    }

    /** T(x). */
    Operand conversion(Expr.Call call, Type t) {
        if (call.args().size() != 1 || call.hasEllipsis()) {
            if (call.args().isEmpty()) c.error(call.rparen(), "missing argument in conversion to " + t);
            else c.error(call.args().get(call.args().size() - 1).pos(), "too many arguments in conversion to " + t);
            for (Expr a : call.args()) c.exprs.multi(a);
            return Operand.invalid(call);
        }
        Operand x = c.exprs.expr(call.args().get(0));
        if (x.invalid() || Types.isInvalid(t)) return Operand.invalid(call);
        return convert(call, x, t);
    }

    private static boolean constConvertible(Operand x, BasicKind k) {
        if (Types.isInteger(x.type) && k.isString()) return true;
        boolean compat = Types.isNumeric(x.type) && k.isNumeric() || Types.isString(x.type) && k.isString()
                || Types.isBoolean(x.type) && k.isBoolean();
        return compat && Representable.check(x.val, k).fail() == Representable.Fail.NONE;
    }

    Operand convert(Expr call, Operand x, Type t) {
        String desc = x.describe();
        if (x.isConst() && Types.isConstType(t)) {
            BasicKind k = Types.kind(t);
            Value v = x.val;
            if (Types.isInteger(x.type) && k.isString()) {
                long cp = v instanceof Value.Int i && i.value().bitLength() < 32 ? i.value().longValue() : 0xFFFD;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                gojc.frontend.constant.Literals.writeUtf8(out, cp);
                Operand r = Operand.constant(call, t, Value.ofBytes(out.toByteArray()));
                r.tx = c.assign.constant(call.pos(), t, r.val);
                return r;
            }
            boolean compat = Types.isNumeric(x.type) && k.isNumeric() || Types.isString(x.type) && k.isString()
                    || Types.isBoolean(x.type) && k.isBoolean();
            var res = compat ? Representable.check(v, k) : new Representable.Result(v, Representable.Fail.NOT_REPRESENTABLE);
            if (compat && Types.isFloat(x.type) && k.isInteger() && res.fail() == Representable.Fail.TRUNCATED) {
                c.error(Exprs.start(x.expr), "cannot convert " + desc + " to type " + t + " (truncated)");
                return Operand.invalid(call);
            }
            if (res.fail() != Representable.Fail.NONE) {
                c.error(Exprs.start(x.expr), "cannot convert " + desc + " to type " + t);
                return Operand.invalid(call);
            }
            Operand r = Operand.constant(call, t, res.value());
            r.tx = c.assign.constant(call.pos(), t, r.val);
            return r;
        }
        if (t instanceof gojc.frontend.types.TypeParam tp && x.isConst()) {
            // a constant converts to a type parameter if it converts to every type of its type set;
            // the result is a value (go/types words the operand so)
            String asValue = ExprString.of(x.expr) + (Types.isUntyped(x.type) ? " (" + x.type + " value)" : " (value of type " + x.type + ")");
            List<Type.Term> terms = Types.typeSetTerms(tp);
            if (terms.isEmpty()) {
                c.error(Exprs.start(x.expr), "cannot convert " + asValue + " to type " + t + ":\n\t" + t + " does not contain specific types");
                return Operand.invalid(call);
            }
            for (Type.Term term : terms) {
                Type u = term.type().underlying();
                boolean ok = Types.isConstType(u) ? constConvertible(x, Types.kind(u))
                        : Types.isString(x.type) && u instanceof Type.Slice sl
                                && Types.kind(sl.elem()) instanceof BasicKind ek && (ek == BasicKind.UINT8 || ek == BasicKind.INT32);
                if (!ok) {
                    c.error(Exprs.start(x.expr), "cannot convert " + asValue + " to type " + t + ":\n\tcannot convert "
                            + desc + " to " + u + " (in " + t + ")");
                    return Operand.invalid(call);
                }
            }
            if (Types.isUntyped(x.type)) c.assign.implicitConvert(x, Types.defaultType(x.type));
            return Operand.value(call, new TExpr.Convert(call.pos(), t, c.assign.tx(x)));
        }
        if (Types.isUntyped(x.type)) {
            if (x.isNil()) {
                if (!Types.hasNil(t)) {
                    c.error(Exprs.start(x.expr), "cannot convert " + desc + " to type " + t);
                    return Operand.invalid(call);
                }
                return Operand.value(call, new TExpr.Zero(call.pos(), t));
            }
            Type target = Types.isInterface(t) || !(t.underlying() instanceof Type.Basic) ? Types.defaultType(x.type) : t;
            if (!x.isConst() && Types.isUntyped(x.type) && t.underlying() instanceof Type.Basic) target = t;
            if (c.assign.implicitConvert(x, target) != Representable.Fail.NONE) {
                c.error(Exprs.start(x.expr), "cannot convert " + desc + " to type " + t);
                return Operand.invalid(call);
            }
        }
        if (!Types.convertibleTo(x.type, t)) {
            c.error(Exprs.start(x.expr), "cannot convert " + x.describe() + " to type " + t);
            return Operand.invalid(call);
        }
        TExpr tx = c.assign.tx(x);
        if (tx.type() != t) tx = new TExpr.Convert(call.pos(), t, tx);
        return Operand.value(call, tx);
    }
}
