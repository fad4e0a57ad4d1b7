package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.constant.Arith;
import gojc.frontend.constant.Value;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.Builtin;
import gojc.frontend.types.Builtin.BuiltinId;
import gojc.frontend.types.Type;
import gojc.frontend.types.Types;
import gojc.frontend.types.Var;
import gojc.frontend.types.Universe;
import java.util.ArrayList;
import java.util.List;

/** The predeclared functions (spec "Built-in functions"; go/types builtins.go). */
final class Builtins {
    private static final Type VOID = new Type.Tuple(List.of());
    private final PkgChecker c;

    Builtins(PkgChecker c) {
        this.c = c;
    }

    Operand call(Expr.Call call, Builtin b) {
        BuiltinId id = b.id();
        String name = b.name();
        List<Expr> args = call.args();
        if (call.hasEllipsis() && id != BuiltinId.APPEND) {
            c.error(call.pos(), "invalid operation: invalid use of ... with built-in " + name);
            return Operand.invalid(call);
        }
        int min = switch (id) {
            case RECOVER, PRINT, PRINTLN -> 0;
            case APPEND, CAP, CLOSE, LEN, MAKE, NEW, PANIC, REAL, IMAG, CLEAR, MIN, MAX -> 1;
            case COMPLEX, COPY, DELETE -> 2;
        };
        int max = switch (id) {
            case APPEND, PRINT, PRINTLN, MIN, MAX -> Integer.MAX_VALUE;
            case MAKE -> 3;
            case COMPLEX, COPY, DELETE -> 2;
            case RECOVER -> 0;
            default -> 1;
        };
        if (args.size() < min || args.size() > max) {
            String msg = args.size() < min ? "not enough arguments for " : "too many arguments for ";
            c.error(args.size() < min ? call.rparen() : args.get(max).pos(), msg + ExprString.of(call)
                    + " (expected " + min + ", found " + args.size() + ")");
            return Operand.invalid(call);
        }
        return switch (id) {
            case LEN, CAP -> lenCap(call, id);
            case APPEND -> append(call);
            case MAKE -> make(call);
            case NEW -> {
                Type t = c.typexprs.type(args.get(0));
                if (Types.isInvalid(t)) yield Operand.invalid(call);
                yield Operand.value(call, new TExpr.CallBuiltin(call.pos(), new Type.Pointer(t), id, t, List.of(), false));
            }
            case PANIC -> {
                Operand x = c.exprs.expr(args.get(0));
                if (!c.assign.assignment(x, Universe.ANY, "argument to panic")) yield Operand.invalid(call);
                yield voidCall(call, id, List.of(x.tx));
            }
            case PRINT, PRINTLN -> {
                List<TExpr> xs = new ArrayList<>();
                if (args.size() == 1) {
                    // println(f()) prints each of f's results
                    Operand m = c.exprs.multi(args.get(0));
                    if (m.invalid()) yield Operand.invalid(call);
                    if (m.type instanceof Type.Tuple t) {
                        Var results = new Var("$results", m.expr.pos(), c.pkg.path(), t, Var.Kind.LOCAL);
                        TExpr ref = new TExpr.VarRef(m.expr.pos(), t, results);
                        for (int i = 0; i < t.types().size(); i++) {
                            Operand e = new Operand(Operand.Mode.VALUE, m.expr, t.types().get(i));
                            e.tx = new TExpr.TupleElem(m.expr.pos(), t.types().get(i), ref, i);
                            xs.add(c.assign.defaultValue(e, "argument to built-in " + name));
                        }
                        Operand r = voidCall(call, id, xs);
                        if (r.invalid()) yield r;
                        r.tx = new TExpr.Let(call.pos(), r.tx.type(), results, m.tx, r.tx);
                        yield r;
                    }
                    xs.add(c.assign.defaultValue(m, "argument to built-in " + name));
                    if (m.invalid()) yield Operand.invalid(call);
                    yield voidCall(call, id, xs);
                }
                for (Expr a : args) {
                    Operand x = c.exprs.expr(a);
                    if (x.invalid()) yield Operand.invalid(call);
                    xs.add(c.assign.defaultValue(x, "argument to built-in " + name));
                    if (x.invalid()) yield Operand.invalid(call);
                }
                yield voidCall(call, id, xs);
            }
            case RECOVER -> {
                if (c.fn != null) c.fn.hasRecover = true;
                yield Operand.value(call, new TExpr.CallBuiltin(call.pos(), Universe.ANY, id, null, List.of(), false));
            }
            case COPY -> copy(call);
            case DELETE -> delete(call);
            case CLOSE -> {
                Operand x = c.exprs.expr(args.get(0));
                if (x.invalid()) yield Operand.invalid(call);
                if (!(Types.core(x.type) instanceof Type.Chan ch)) {
                    c.error(Exprs.start(x.expr), "invalid operation: cannot close non-channel " + x.describe());
                    yield Operand.invalid(call);
                }
                if (ch.dir() == Type.ChanDir.RECV) {
                    c.error(Exprs.start(x.expr), "invalid operation: cannot close receive-only channel " + x.describe());
                    yield Operand.invalid(call);
                }
                yield voidCall(call, id, List.of(x.tx));
            }
            case CLEAR -> {
                Operand x = c.exprs.expr(args.get(0));
                if (x.invalid()) yield Operand.invalid(call);
                if (!(Types.core(x.type) instanceof Type.Map || Types.core(x.type) instanceof Type.Slice)) {
                    c.error(Exprs.start(x.expr), "invalid argument: " + x.describe() + " cannot be cleared");
                    yield Operand.invalid(call);
                }
                yield voidCall(call, id, List.of(x.tx));
            }
            case MIN, MAX -> minMax(call, id);
            case COMPLEX, REAL, IMAG -> complexParts(call, id);
        };
    }

    private Operand voidCall(Expr.Call call, BuiltinId id, List<TExpr> args) {
        Operand r = Operand.value(call, new TExpr.CallBuiltin(call.pos(), VOID, id, null, args, false));
        r.mode = Operand.Mode.NOVALUE;
        return r;
    }

    private static boolean hasCallOrRecv(Expr e) {
        return switch (e) {
            case Expr.Call call -> true;
            case Expr.Unary u -> u.op() == gojc.frontend.ast.Op.ARROW || hasCallOrRecv(u.x());
            case Expr.Paren p -> hasCallOrRecv(p.x());
            case Expr.Selector s -> hasCallOrRecv(s.x());
            case Expr.Index ix -> hasCallOrRecv(ix.x()) || ix.indices().stream().anyMatch(Builtins::hasCallOrRecv);
            case Expr.Star s -> hasCallOrRecv(s.x());
            case Expr.Binary b -> hasCallOrRecv(b.x()) || hasCallOrRecv(b.y());
            default -> false;
        };
    }

    /** Whether len (or cap) applies to values of t; a type parameter's types must all qualify. */
    private static boolean hasLen(Type t, BuiltinId id) {
        Type u = t.underlying();
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) u = p.elem().underlying();
        return switch (u) {
            case Type.Basic bt -> id == BuiltinId.LEN && bt.kind().isString();
            case Type.Array a -> true;
            case Type.Slice s -> true;
            case Type.Chan ch -> true;
            case Type.Map m -> id == BuiltinId.LEN;
            default -> false;
        };
    }

    private Operand lenCap(Expr.Call call, BuiltinId id) {
        Operand x = c.exprs.expr(call.args().get(0));
        if (x.invalid()) return Operand.invalid(call);
        boolean ok = Types.forAllTerms(x.type, t -> hasLen(t, id));
        Type u = x.type.underlying();
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) u = p.elem().underlying();
        if (!ok) {
            c.error(Exprs.start(x.expr), "invalid argument: " + x.describe() + " for " + id.name().toLowerCase());
            return Operand.invalid(call);
        }
        if (x.isConst() && Types.isString(x.type)) {
            return Operand.constant(call, Universe.INT, Value.of(((Value.Str) x.val).bytes().length));
        }
        if (u instanceof Type.Array a && !(x.type instanceof gojc.frontend.types.TypeParam) && !hasCallOrRecv(call.args().get(0))) {
            return Operand.constant(call, Universe.INT, Value.of(a.len()));
        }
        return Operand.value(call, new TExpr.CallBuiltin(call.pos(), Universe.INT, id, null, List.of(c.assign.tx(x)), false));
    }

    private Operand append(Expr.Call call) {
        List<Expr> args = call.args();
        Operand s = c.exprs.expr(args.get(0));
        if (s.invalid()) return Operand.invalid(call);
        if (s.isNil()) {
            c.error(Exprs.start(s.expr), "first argument to append must be a typed slice; found untyped nil");
            return Operand.invalid(call);
        }
        if (!(Types.core(s.type) instanceof Type.Slice st)) {
            c.error(Exprs.start(s.expr), "invalid argument: " + s.describe() + " (expected slice)");
            return Operand.invalid(call);
        }
        List<TExpr> out = new ArrayList<>();
        out.add(s.tx);
        if (call.hasEllipsis()) {
            if (args.size() != 2) {
                c.error(call.pos(), "can only use ... with final argument in list");
                return Operand.invalid(call);
            }
            Operand t = c.exprs.expr(args.get(1));
            if (t.invalid()) return Operand.invalid(call);
            if (Types.kind(st.elem()) == gojc.frontend.types.BasicKind.UINT8 && Types.isString(t.type)) {
                out.add(c.assign.defaultValue(t));
            } else if (Types.kind(st.elem()) == gojc.frontend.types.BasicKind.UINT8 && t.type instanceof gojc.frontend.types.TypeParam
                    && Types.forAllTerms(t.type, u -> Types.isString(u) || Types.isBytesOrRunes(u) && Types.kind(((Type.Slice) u.underlying()).elem()) == gojc.frontend.types.BasicKind.UINT8)) {
                // a type parameter whose types are all strings or byte slices (go/types: core type bytestring)
                out.add(c.assign.defaultValue(t));
            } else if (!c.assign.assignment(t, new Type.Slice(st.elem()), "argument to append")) {
                return Operand.invalid(call);
            } else {
                out.add(t.tx);
            }
            return Operand.value(call, new TExpr.CallBuiltin(call.pos(), s.type, BuiltinId.APPEND, null, out, true));
        }
        for (int i = 1; i < args.size(); i++) {
            Operand e = c.exprs.expr(args.get(i));
            if (!c.assign.assignment(e, st.elem(), "argument to append")) return Operand.invalid(call);
            out.add(e.tx);
        }
        return Operand.value(call, new TExpr.CallBuiltin(call.pos(), s.type, BuiltinId.APPEND, null, out, false));
    }

    private Operand make(Expr.Call call) {
        List<Expr> args = call.args();
        Type t = c.typexprs.type(args.get(0));
        if (Types.isInvalid(t)) return Operand.invalid(call);
        int min = switch (Types.core(t)) {
            case Type.Slice s -> 2;
            case Type.Map m -> 1;
            case Type.Chan ch -> 1;
            default -> -1;
        };
        if (min < 0) {
            c.error(args.get(0).pos(), "invalid argument: cannot make " + ExprString.of(args.get(0)) + "; type must be slice, map, or channel");
            return Operand.invalid(call);
        }
        int maxArgs = Types.core(t) instanceof Type.Slice ? 3 : 2;
        if (args.size() < min || args.size() > maxArgs) {
            c.error(call.pos(), "invalid operation: " + ExprString.of(call) + " expects " + min + " or " + maxArgs
                    + " arguments; found " + args.size());
            return Operand.invalid(call);
        }
        List<TExpr> sizes = new ArrayList<>();
        List<Value> consts = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            Operand x = c.exprs.expr(args.get(i));
            TExpr s = c.composites.indexValue(x, "make", -1);
            if (s == null) return Operand.invalid(call);
            sizes.add(s);
            if (x.isConst()) consts.add(x.val);
        }
        if (consts.size() == 2 && Arith.compare(consts.get(0), gojc.frontend.ast.Op.GTR, consts.get(1))) {
            c.error(args.get(1).pos(), "invalid argument: length and capacity swapped");
            return Operand.invalid(call);
        }
        return Operand.value(call, new TExpr.CallBuiltin(call.pos(), t, BuiltinId.MAKE, t, sizes, false));
    }

    private Operand copy(Expr.Call call) {
        Operand dst = c.exprs.expr(call.args().get(0));
        Operand src = c.exprs.expr(call.args().get(1));
        if (dst.invalid() || src.invalid()) return Operand.invalid(call);
        if (!(Types.core(dst.type) instanceof Type.Slice ds)) {
            c.error(Exprs.start(dst.expr), "invalid argument: copy expects slice arguments; found " + dst.describe() + " and " + src.describe());
            return Operand.invalid(call);
        }
        TExpr st = c.assign.defaultValue(src);
        boolean ok = Types.core(src.type) instanceof Type.Slice ss && Types.identical(ds.elem(), ss.elem())
                || Types.isString(src.type) && Types.kind(ds.elem()) == gojc.frontend.types.BasicKind.UINT8;
        if (!ok) {
            c.error(call.pos(), "invalid argument: arguments to copy " + dst.describe() + " and " + src.describe()
                    + " have different element types");
            return Operand.invalid(call);
        }
        return Operand.value(call, new TExpr.CallBuiltin(call.pos(), Universe.INT, BuiltinId.COPY, null, List.of(dst.tx, st), false));
    }

    private Operand delete(Expr.Call call) {
        Operand m = c.exprs.expr(call.args().get(0));
        Operand k = c.exprs.expr(call.args().get(1));
        if (m.invalid() || k.invalid()) return Operand.invalid(call);
        if (!(Types.core(m.type) instanceof Type.Map mt)) {
            c.error(Exprs.start(m.expr), "invalid argument: " + m.describe() + " is not a map");
            return Operand.invalid(call);
        }
        if (!c.assign.assignment(k, mt.key(), "argument to delete")) return Operand.invalid(call);
        return voidCall(call, BuiltinId.DELETE, List.of(m.tx, k.tx));
    }

    private Operand minMax(Expr.Call call, BuiltinId id) {
        List<Operand> ops = new ArrayList<>();
        for (Expr a : call.args()) {
            Operand x = c.exprs.expr(a);
            if (x.invalid()) return Operand.invalid(call);
            if (!Types.isOrdered(x.type)) {
                c.error(Exprs.start(x.expr), "invalid argument: " + x.describe() + " cannot be ordered");
                return Operand.invalid(call);
            }
            ops.add(x);
        }
        Type t = null;
        for (Operand o : ops) if (!Types.isUntyped(o.type)) { t = o.type; break; }
        boolean allConst = ops.stream().allMatch(Operand::isConst);
        if (t == null) {
            t = ops.get(0).type;
            for (Operand o : ops) if (Types.isNumeric(o.type) && Types.isNumeric(t) && o.type.toString().compareTo(t.toString()) > 0) t = o.type;
        }
        if (allConst) {
            Value best = null;
            for (Operand o : ops) {
                if (!Types.isUntyped(t) && !c.assign.assignment(o, t, "argument to " + id.name().toLowerCase())) return Operand.invalid(call);
                if (best == null || Arith.compare(o.val, id == BuiltinId.MIN ? gojc.frontend.ast.Op.LSS : gojc.frontend.ast.Op.GTR, best)) best = o.val;
            }
            return Operand.constant(call, t, best);
        }
        List<TExpr> xs = new ArrayList<>();
        for (Operand o : ops) {
            if (!c.assign.assignment(o, Types.defaultType(t), "argument to " + id.name().toLowerCase())) return Operand.invalid(call);
            xs.add(o.tx);
        }
        return Operand.value(call, new TExpr.CallBuiltin(call.pos(), Types.defaultType(t), id, null, xs, false));
    }

    private Operand complexParts(Expr.Call call, BuiltinId id) {
        List<Operand> ops = new ArrayList<>();
        for (Expr a : call.args()) {
            Operand x = c.exprs.expr(a);
            if (x.invalid()) return Operand.invalid(call);
            ops.add(x);
        }
        if (id == BuiltinId.COMPLEX) {
            Operand re = ops.get(0), im = ops.get(1);
            if (re.isConst() && im.isConst() && Types.isUntyped(re.type) && Types.isUntyped(im.type)) {
                return Operand.constant(call, Universe.UNTYPED_COMPLEX, new Value.Complex(Arith.real(re.val), Arith.real(im.val)));
            }
            Type ft = !Types.isUntyped(re.type) ? re.type : !Types.isUntyped(im.type) ? im.type : Universe.FLOAT64;
            if (!c.assign.assignment(re, ft, "argument to complex") || !c.assign.assignment(im, ft, "argument to complex")) {
                return Operand.invalid(call);
            }
            Type ct = Types.kind(ft) == gojc.frontend.types.BasicKind.FLOAT32 ? Universe.COMPLEX64 : Universe.COMPLEX128;
            return Operand.value(call, new TExpr.CallBuiltin(call.pos(), ct, id, null, List.of(re.tx, im.tx), false));
        }
        Operand x = ops.get(0);
        if (x.isConst() && Types.isUntyped(x.type)) {
            return Operand.constant(call, Universe.UNTYPED_FLOAT, id == BuiltinId.REAL ? Arith.real(x.val) : Arith.imag(x.val));
        }
        if (!Types.isComplex(x.type)) {
            c.error(Exprs.start(x.expr), "invalid argument: " + x.describe() + " must be of complex type");
            return Operand.invalid(call);
        }
        Type ft = Types.kind(x.type) == gojc.frontend.types.BasicKind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64;
        return Operand.value(call, new TExpr.CallBuiltin(call.pos(), ft, id, null, List.of(c.assign.tx(x)), false));
    }
}
