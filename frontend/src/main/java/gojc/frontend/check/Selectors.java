package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Const;
import gojc.frontend.types.Func;
import gojc.frontend.types.Lookup;
import gojc.frontend.types.Obj;
import gojc.frontend.types.PkgName;
import gojc.frontend.types.Type;
import gojc.frontend.types.TypeName;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Selectors (spec "Selectors", "Method values", "Method expressions"): qualified identifiers of
 * imported packages, fields and methods with promotion through embedded fields, automatic
 * dereference and address-of for receivers.
 */
final class Selectors {
    private final PkgChecker c;

    Selectors(PkgChecker c) {
        this.c = c;
    }

    Operand selector(Expr.Selector s) {
        if (s.x() instanceof Expr.Ident id && c.scope.lookup(id.name()) instanceof PkgName pn) {
            c.use(pn);
            return qualified(s, pn);
        }
        Operand x = c.exprs.exprOrType(s.x());
        if (x.invalid()) return Operand.invalid(s);
        String name = s.sel().name();
        if (x.mode == Operand.Mode.TYPEXPR) return methodExpr(s, x.type);
        if (x.isNil()) {
            c.error(s.pos(), "use of untyped nil");
            return Operand.invalid(s);
        }
        Lookup.Selection sel = Lookup.lookup(x.type, name, c.path);
        if (sel == null || sel instanceof Lookup.Ambiguous) {
            String why;
            if (sel instanceof Lookup.Ambiguous) {
                c.error(s.pos(), "ambiguous selector " + ExprString.of(s));
                return Operand.invalid(s);
            }
            if (x.type.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Interface) {
                why = "type " + x.type + " is pointer to interface, not interface";
            } else {
                Lookup.Selection other = Lookup.lookup(x.type, capitalizeSwap(name), c.path);
                why = other != null ? "type " + x.type + " has no field or method " + name + ", but does have "
                        + capitalizeSwap(name) : "type " + x.type + " has no field or method " + name;
            }
            c.error(s.pos(), ExprString.of(s) + " undefined (" + why + ")");
            return Operand.invalid(s);
        }
        TExpr base = c.assign.tx(x);
        boolean addressable = x.mode == Operand.Mode.VARIABLE;
        // walk embedded fields
        for (Type.Field f : sel.path()) {
            if (base.type().underlying() instanceof Type.Pointer p) {
                base = new TExpr.Deref(s.pos(), p.elem(), base);
                addressable = true;
            }
            base = new TExpr.Field(s.pos(), f.type(), base, Types.fieldVar(f));
        }
        switch (sel) {
            case Lookup.FieldSel fs -> {
                if (base.type().underlying() instanceof Type.Pointer p) {
                    base = new TExpr.Deref(s.pos(), p.elem(), base);
                    addressable = true;
                }
                TExpr f = new TExpr.Field(s.pos(), fs.field().type(), base, Types.fieldVar(fs.field()));
                return Operand.of(addressable ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, s, f);
            }
            case Lookup.MethodSel ms -> {
                Func m = ms.method();
                c.use(m);
                if (m.type() == null) return Operand.invalid(s);
                boolean ptrRecv = Lookup.pointerRecv(m);
                boolean isPtr = base.type().underlying() instanceof Type.Pointer && !(base.type() instanceof gojc.frontend.types.Named);
                if (ptrRecv && !isPtr) {
                    if (!addressable) {
                        c.error(s.pos(), "cannot call pointer method " + name + " on " + x.type);
                        return Operand.invalid(s);
                    }
                    Exprs.markAddressTaken(base);
                    base = new TExpr.AddrOf(s.pos(), new Type.Pointer(base.type()), base);
                } else if (!ptrRecv && isPtr) {
                    base = new TExpr.Deref(s.pos(), ((Type.Pointer) base.type().underlying()).elem(), base);
                }
                Type.Signature sig = m.type();
                Type.Signature vt = new Type.Signature(null, List.of(), sig.params(), sig.results(), sig.variadic());
                return Operand.value(s, new TExpr.MethodValue(s.pos(), vt, base, m));
            }
            case Lookup.IfaceMethodSel im -> {
                if (base.type().underlying() instanceof Type.Pointer p) base = new TExpr.Deref(s.pos(), p.elem(), base);
                return Operand.value(s, new TExpr.InterfaceMethodValue(s.pos(), im.method().sig(), base, im.method()));
            }
            case Lookup.Ambiguous a -> { return Operand.invalid(s); }
        }
    }

    private static String capitalizeSwap(String n) {
        if (n.isEmpty()) return n;
        char ch = n.charAt(0);
        return (Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch)) + n.substring(1);
    }

    private Operand qualified(Expr.Selector s, PkgName pn) {
        if (pn.imported() == null) return Operand.invalid(s);
        String name = s.sel().name();
        Obj o = pn.imported().scope().lookupLocal(name);
        if (o == null || !o.exported()) {
            if (o != null) c.error(s.pos(), "name " + name + " not exported by package " + pn.imported().name());
            else c.error(s.pos(), "undefined: " + pn.name() + "." + name);
            return Operand.invalid(s);
        }
        if (c.curDecl != null && o instanceof Var) {
            // dependencies on other packages are satisfied by their earlier initialisation
        }
        return switch (o) {
            case Const k -> Types.isInvalid(k.type()) ? Operand.invalid(s) : Operand.constant(s, k.type(), k.value());
            case TypeName tn -> new Operand(Operand.Mode.TYPEXPR, s, tn.type());
            case Var v -> Operand.of(Operand.Mode.VARIABLE, s, new TExpr.VarRef(s.pos(), v.type(), v));
            case Func f when c.generics(f).isGeneric(f) -> {
                Operand g = new Operand(Operand.Mode.VALUE, s, Universe.INVALID);
                g.generic = f;
                yield g;
            }
            case Func f -> Operand.value(s, new TExpr.FuncRef(s.pos(), f.type(), f));
            default -> Operand.invalid(s);
        };
    }

    /**
     * T.M or (*T).M: a function whose first parameter is the receiver. When the receiver must be
     * adjusted (value method through a pointer, promoted method, interface method) the checker
     * builds the wrapper function literal itself, so codegen only ever sees plain calls.
     */
    private Operand methodExpr(Expr.Selector s, Type t) {
        String name = s.sel().name();
        Lookup.Selection sel = Lookup.lookup(t, name, c.path);
        if (!(sel instanceof Lookup.MethodSel || sel instanceof Lookup.IfaceMethodSel)) {
            c.error(s.pos(), ExprString.of(s) + " undefined (type " + t + " has no method " + name + ")");
            return Operand.invalid(s);
        }
        Type.Signature msig;
        if (sel instanceof Lookup.MethodSel ms) {
            Func m = ms.method();
            c.use(m);
            if (m.type() == null) return Operand.invalid(s);
            boolean tIsPtr = t.underlying() instanceof Type.Pointer && !(t instanceof gojc.frontend.types.Named);
            if (Lookup.pointerRecv(m) && !tIsPtr && !ms.indirect()) {
                c.error(s.pos(), "invalid method expression " + ExprString.of(s) + " (needs pointer receiver (*" + t + ")." + name + ")");
                return Operand.invalid(s);
            }
            msig = m.type();
            if (sel.path().isEmpty() && Types.identical(m.type().recv().type(), t)) {
                List<Var> params = new ArrayList<>();
                params.add(new Var("", Pos.NONE, c.path, t, Var.Kind.PARAM));
                params.addAll(msig.params());
                Type.Signature ft = new Type.Signature(null, List.of(), params, msig.results(), msig.variadic());
                return Operand.value(s, new TExpr.FuncRef(s.pos(), ft, m));
            }
        } else {
            msig = ((Lookup.IfaceMethodSel) sel).method().sig();
        }
        return Operand.value(s, wrapper(s, t, sel, msig));
    }

    private TExpr.FuncLit wrapper(Expr.Selector s, Type t, Lookup.Selection sel, Type.Signature msig) {
        Pos pos = s.pos();
        List<Var> params = new ArrayList<>();
        Var recv = new Var("recv", pos, c.path, t, Var.Kind.PARAM);
        params.add(recv);
        List<TExpr> args = new ArrayList<>();
        for (int i = 0; i < msig.params().size(); i++) {
            Var p = new Var("a" + i, pos, c.path, msig.params().get(i).type(), Var.Kind.PARAM);
            params.add(p);
            args.add(new TExpr.VarRef(pos, p.type(), p));
        }
        List<Var> results = new ArrayList<>();
        for (Var r : msig.results()) results.add(new Var("", pos, c.path, r.type(), Var.Kind.RESULT));
        Type.Signature ft = new Type.Signature(null, List.of(), params, results, msig.variadic());
        TExpr base = new TExpr.VarRef(pos, t, recv);
        for (Type.Field f : sel.path()) {
            if (base.type().underlying() instanceof Type.Pointer p) base = new TExpr.Deref(pos, p.elem(), base);
            base = new TExpr.Field(pos, f.type(), base, Types.fieldVar(f));
        }
        Type rt = Calls.resultType(msig);
        TExpr call;
        if (sel instanceof Lookup.MethodSel ms) {
            boolean isPtr = base.type().underlying() instanceof Type.Pointer && !(base.type() instanceof gojc.frontend.types.Named);
            if (Lookup.pointerRecv(ms.method()) && !isPtr) {
                Exprs.markAddressTaken(base);
                base = new TExpr.AddrOf(pos, new Type.Pointer(base.type()), base);
            } else if (!Lookup.pointerRecv(ms.method()) && isPtr) {
                base = new TExpr.Deref(pos, ((Type.Pointer) base.type().underlying()).elem(), base);
            }
            call = new TExpr.CallMethod(pos, rt, ms.method(), base, args);
        } else {
            if (base.type().underlying() instanceof Type.Pointer p) base = new TExpr.Deref(pos, p.elem(), base);
            call = new TExpr.CallInterface(pos, rt, base, ((Lookup.IfaceMethodSel) sel).method(), args);
        }
        TStmt body = msig.results().isEmpty() ? new TStmt.ExprStmt(pos, call)
                : msig.results().size() == 1 ? new TStmt.Return(pos, List.of(call)) : new TStmt.ReturnTuple(pos, call);
        String name = c.fn != null ? c.fn.nextLitName() : c.pkg.name() + "." + ExprString.of(s).replace(" ", "") + "-fm";
        TFunc tf = new TFunc(pos, name, null, ft, null, params, results, new TStmt.Block(pos, List.of(body)), false, false);
        return new TExpr.FuncLit(pos, ft, tf, List.of());
    }
}
