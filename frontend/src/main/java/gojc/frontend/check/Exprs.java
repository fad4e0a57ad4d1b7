package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Op;
import gojc.frontend.constant.Literals;
import gojc.frontend.constant.Value;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.Builtin;
import gojc.frontend.types.Const;
import gojc.frontend.types.Func;
import gojc.frontend.types.Nil;
import gojc.frontend.types.Obj;
import gojc.frontend.types.PkgName;
import gojc.frontend.types.Type;
import gojc.frontend.types.TypeName;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.util.List;

/**
 * Expressions (go/types expr.go): dispatch over the syntax, identifiers, literals, function
 * literals, dereference, address-of, receive and type assertions. Operators are in
 * {@link Operators}, calls in {@link Calls}, selectors in {@link Selectors}, composite literals
 * and indexing in {@link Composites}.
 */
final class Exprs {
    private final PkgChecker c;

    Exprs(PkgChecker c) {
        this.c = c;
    }

    /** Any expression, including types, builtins and multi-valued calls. */
    Operand raw(Expr e) {
        return switch (e) {
            case Expr.Ident i -> ident(i);
            case Expr.BasicLit l -> literal(l);
            case Expr.CompositeLit cl -> c.composites.compositeLit(cl, null);
            case Expr.KeyValue kv -> {
                c.error(kv.pos(), "invalid use of key:value expression");
                yield Operand.invalid(e);
            }
            case Expr.FuncLit f -> funcLit(f);
            case Expr.Paren p -> {
                Operand x = raw(p.x());
                x.expr = e;
                yield x;
            }
            case Expr.Selector s -> c.selectors.selector(s);
            case Expr.Index ix -> c.composites.index(ix);
            case Expr.SliceExpr s -> c.composites.slice(s);
            case Expr.TypeAssert ta -> typeAssert(ta);
            case Expr.Call call -> c.calls.call(call);
            case Expr.Star s -> star(s);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> c.operators.binary(b);
            case Expr.Bad b -> Operand.invalid(e);
            default -> {
                Type t = c.typexprs.literalType(e);
                if (t == null) yield Operand.invalid(e);
                yield new Operand(Operand.Mode.TYPEXPR, e, t);
            }
        };
    }

    Operand exprOrType(Expr e) {
        Operand x = raw(e);
        if (x.mode == Operand.Mode.NOVALUE) {
            c.error(e.pos(), x.describe() + " used as value or type");
            x.setInvalid();
        } else if (x.mode == Operand.Mode.BUILTIN) {
            c.error(e.pos(), ExprString.of(e) + " (built-in) must be called");
            x.setInvalid();
        } else {
            singleValueCheck(x);
        }
        return x;
    }

    /** A single value (not a type, not a builtin, not void, not a tuple). */
    Operand expr(Expr e) {
        Operand x = multi(e);
        singleValueCheck(x);
        return x;
    }

    private void singleValueCheck(Operand x) {
        if (!x.invalid() && x.type instanceof Type.Tuple t && x.mode != Operand.Mode.TYPEXPR) {
            c.error(Exprs.start(x.expr), "multiple-value " + ExprString.of(x.expr) + " (value of type " + t + ") in single-value context");
            x.setInvalid();
        }
    }

    /** A value, possibly a tuple from a multi-valued call. */
    Operand multi(Expr e) {
        Operand x = raw(e);
        if (x.generic != null) {
            c.error(start(e), "cannot use generic function " + ExprString.of(e) + " without instantiation");
            x.setInvalid();
            x.generic = null;
        }
        switch (x.mode) {
            case TYPEXPR -> {
                c.error(e.pos(), ExprString.of(e) + " (type) is not an expression");
                x.setInvalid();
            }
            case BUILTIN -> {
                c.error(e.pos(), ExprString.of(e) + " (built-in) must be called");
                x.setInvalid();
            }
            case NOVALUE -> {
                c.error(e.pos(), ExprString.of(e) + " (no value) used as value");
                x.setInvalid();
            }
            default -> {}
        }
        return x;
    }

    /** The expression converted to its default type when untyped; its typed tree. */
    TExpr value(Expr e) {
        Operand x = expr(e);
        return c.assign.defaultValue(x);
    }

    private Operand ident(Expr.Ident i) {
        if (i.name().equals("_")) {
            c.error(i.pos(), "cannot use _ as value");
            return Operand.invalid(i);
        }
        Obj o = c.lookup(i.name());
        if (o == null) {
            c.error(i.pos(), "undefined: " + i.name());
            return Operand.invalid(i);
        }
        return switch (o) {
            case Const k -> {
                if (k.name().equals("iota") && k.pkg().isEmpty() && c.universeObj(k)) {
                    if (c.iota == null) {
                        c.error(i.pos(), "cannot use iota outside constant declaration");
                        yield Operand.invalid(i);
                    }
                    yield Operand.constant(i, Universe.UNTYPED_INT, c.iota);
                }
                if (k.type() == null || Types.isInvalid(k.type())) yield Operand.invalid(i);
                yield Operand.constant(i, k.type(), k.value());
            }
            case TypeName tn -> {
                if (tn.type() == null || Types.isInvalid(tn.type())) yield Operand.invalid(i);
                yield new Operand(Operand.Mode.TYPEXPR, i, tn.type());
            }
            case Var v -> {
                v.markUsed();
                if (v.type() == null || Types.isInvalid(v.type())) yield Operand.invalid(i);
                yield Operand.of(Operand.Mode.VARIABLE, i, new TExpr.VarRef(i.pos(), v.type(), v));
            }
            case Func f -> {
                if (c.generics.isGeneric(f)) {
                    Operand g = new Operand(Operand.Mode.VALUE, i, Universe.INVALID);
                    g.generic = f;
                    yield g;
                }
                if (f.type() == null) yield Operand.invalid(i);
                yield Operand.value(i, new TExpr.FuncRef(i.pos(), f.type(), f));
            }
            case Builtin b -> {
                Operand x = new Operand(Operand.Mode.BUILTIN, i, Universe.INVALID);
                x.builtin = b;
                yield x;
            }
            case Nil n -> new Operand(Operand.Mode.VALUE, i, Universe.UNTYPED_NIL);
            case PkgName p -> {
                c.error(i.pos(), "use of package " + p.name() + " without selector");
                yield Operand.invalid(i);
            }
            default -> Operand.invalid(i);
        };
    }

    private Operand literal(Expr.BasicLit l) {
        Value v;
        Type t;
        switch (l.kind()) {
            case INT -> { v = Literals.parseInt(l.text()); t = Universe.UNTYPED_INT; }
            case FLOAT -> { v = Literals.parseFloat(l.text()); t = Universe.UNTYPED_FLOAT; }
            case IMAG -> { v = Literals.parseImag(l.text()); t = Universe.UNTYPED_COMPLEX; }
            case CHAR -> { v = Literals.parseChar(l.text()); t = Universe.UNTYPED_RUNE; }
            default -> { v = Literals.parseString(l.text()); t = Universe.UNTYPED_STRING; }
        }
        if (v == null) {
            c.error(l.pos(), "malformed constant: " + l.text());
            return Operand.invalid(l);
        }
        return Operand.constant(l, t, v);
    }

    private Operand funcLit(Expr.FuncLit f) {
        Type.Signature sig = c.typexprs.signature(null, f.type());
        TExpr.FuncLit lit = c.stmts.funcLit(f, sig);
        return Operand.value(f, lit);
    }

    private Operand star(Expr.Star s) {
        Operand x = exprOrType(s.x());
        if (x.invalid()) return Operand.invalid(s);
        if (x.mode == Operand.Mode.TYPEXPR) return new Operand(Operand.Mode.TYPEXPR, s, new Type.Pointer(x.type));
        if (x.isNil()) {
            c.error(s.pos(), "invalid operation: cannot indirect nil");
            return Operand.invalid(s);
        }
        if (!(Types.core(x.type) instanceof Type.Pointer p)) {
            c.error(s.pos(), "invalid operation: cannot indirect " + x.describe());
            return Operand.invalid(s);
        }
        return Operand.of(Operand.Mode.VARIABLE, s, new TExpr.Deref(s.pos(), p.elem(), x.tx));
    }

    private Operand unary(Expr.Unary u) {
        if (u.op() == Op.AND) return addressOf(u);
        if (u.op() == Op.ARROW) return receive(u);
        Operand x = expr(u.x());
        if (x.invalid()) return Operand.invalid(u);
        return c.operators.unary(u, x);
    }

    private Operand addressOf(Expr.Unary u) {
        Expr inner = unparen(u.x());
        if (inner instanceof Expr.CompositeLit cl) {
            Operand x = c.composites.compositeLit(cl, null);
            if (x.invalid()) return Operand.invalid(u);
            return Operand.value(u, new TExpr.AddrOf(u.pos(), new Type.Pointer(x.type), x.tx));
        }
        Operand x = expr(u.x());
        if (x.invalid()) return Operand.invalid(u);
        if (x.mode != Operand.Mode.VARIABLE) {
            c.error(u.pos(), "invalid operation: cannot take address of " + x.describe());
            return Operand.invalid(u);
        }
        markAddressTaken(x.tx);
        return Operand.value(u, new TExpr.AddrOf(u.pos(), new Type.Pointer(x.type), x.tx));
    }

    /** The variable at the root of an addressable expression must live in a cell. */
    static void markAddressTaken(TExpr t) {
        switch (t) {
            case TExpr.VarRef v -> v.var().markAddressTaken();
            case TExpr.Field f -> markAddressTaken(f.x());
            case TExpr.Index ix -> {
                if (ix.x().type().underlying() instanceof Type.Array) markAddressTaken(ix.x());
            }
            default -> {}
        }
    }

    /** Where gc reports an error about an expression: its leftmost position. */
    static gojc.frontend.diag.Pos start(Expr e) {
        return switch (e) {
            case Expr.Binary b -> start(b.x());
            case Expr.CompositeLit cl when cl.type() != null -> start(cl.type());
            case Expr.Call call -> start(call.fun());
            case Expr.Index ix -> start(ix.x());
            case Expr.SliceExpr sl -> start(sl.x());
            case Expr.TypeAssert ta -> start(ta.x());
            case Expr.Selector sel -> start(sel.x());
            case Expr.KeyValue kv -> start(kv.key());
            default -> e.pos();
        };
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    private Operand receive(Expr.Unary u) {
        Operand x = expr(u.x());
        if (x.invalid()) return Operand.invalid(u);
        if (!(Types.core(x.type) instanceof Type.Chan ch)) {
            c.error(u.pos(), "invalid operation: cannot receive from non-channel " + x.describe());
            return Operand.invalid(u);
        }
        if (ch.dir() == Type.ChanDir.SEND) {
            c.error(u.pos(), "invalid operation: cannot receive from send-only channel " + x.describe());
            return Operand.invalid(u);
        }
        return Operand.of(Operand.Mode.COMMAOK, u, new TExpr.Recv(u.pos(), ch.elem(), x.tx, false));
    }

    private Operand typeAssert(Expr.TypeAssert ta) {
        Operand x = expr(ta.x());
        if (x.invalid()) return Operand.invalid(ta);
        if (ta.type() == null) {
            c.error(ta.pos(), "invalid syntax tree: use of .(type) outside type switch");
            return Operand.invalid(ta);
        }
        if (!Types.isInterface(x.type)) {
            c.error(Exprs.start(ta.x()), "invalid operation: " + ExprString.of(ta.x()) + " (" + x.describe().replaceFirst("^.*? \\(", "")
                    + " is not an interface");
            return Operand.invalid(ta);
        }
        Type t = c.typexprs.type(ta.type());
        if (Types.isInvalid(t)) return Operand.invalid(ta);
        checkAssertable(x.type, t, ta.type().pos(), ExprString.of(ta));
        return Operand.of(Operand.Mode.COMMAOK, ta, new TExpr.TypeAssert(ta.pos(), t, x.tx, t, false));
    }

    /**
     * An assertion of interface xt to a concrete t is impossible if t lacks a method. A type
     * parameter is not concrete (go/types treats it as its constraint interface here), and an
     * instance body was already checked in generic form.
     */
    void checkAssertable(Type xt, Type t, gojc.frontend.diag.Pos pos, String what) {
        if (Types.isInterface(t) || t instanceof gojc.frontend.types.TypeParam || c.instanceBody) return;
        var m = gojc.frontend.types.Lookup.missingMethod(t, (Type.Interface) xt.underlying());
        if (m == null) return;
        String why = Assign.missingReason(t, m);
        c.error(pos, "impossible type assertion: " + what + "\n\t" + t + " does not implement " + xt + " " + why);
    }
}
