package gojc.frontend.check;

import gojc.frontend.ast.Decl;
import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Op;
import gojc.frontend.ast.Spec;
import gojc.frontend.ast.Stmt;
import gojc.frontend.constant.Value;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Const;
import gojc.frontend.types.Named;
import gojc.frontend.types.Obj;
import gojc.frontend.types.Type;
import gojc.frontend.types.TypeName;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment statements and local declarations (go/types assignments.go, decl.go's declStmt):
 * {@code =}, {@code :=}, {@code op=}, {@code ++}/{@code --}, and local const, var and type
 * declarations.
 */
final class AssignStmts {
    private final Stmts s;
    private final PkgChecker c;

    AssignStmts(Stmts s) {
        this.s = s;
        this.c = s.c;
    }

    /** An assignable left-hand side; null for the blank identifier. Reading it does not count as a use. */
    Operand lhs(Expr e) {
        return lhs(e, false);
    }

    /** x op= y and x++ read x, so they count as a use. */
    Operand lhs(Expr e, boolean reads) {
        if (Exprs.unparen(e) instanceof Expr.Ident id) {
            if (id.name().equals("_")) return null;
            Obj o = c.scope.lookup(id.name());
            if (o instanceof Var v) {
                c.use(v);
                if (reads) v.markUsed();
                if (v.type() == null || Types.isInvalid(v.type())) return Operand.invalid(e);
                return Operand.of(Operand.Mode.VARIABLE, e, new TExpr.VarRef(id.pos(), v.type(), v));
            }
        }
        Operand x = c.exprs.expr(e);
        if (x.invalid()) return x;
        if (x.mode != Operand.Mode.VARIABLE && x.mode != Operand.Mode.MAPINDEX) {
            if (Exprs.unparen(e) instanceof Expr.Selector sel && isMapIndex(sel.x())) {
                c.error(e.pos(), "cannot assign to struct field " + ExprString.of(e) + " in map");
            } else {
                c.error(Exprs.start(e), "cannot assign to " + x.describe());
            }
            x.setInvalid();
        }
        return x;
    }

    private boolean isMapIndex(Expr e) {
        return Exprs.unparen(e) instanceof Expr.Index ix && false;
    }

    TStmt assign(Stmt.Assign a) {
        if (a.op() != null) return opAssign(a);
        if (a.define()) return define(a.pos(), a.lhs(), a.rhs());
        List<Operand> lhs = new ArrayList<>();
        for (Expr e : a.lhs()) lhs.add(lhs(e));
        return assignValues(a.pos(), lhs, a.rhs(), "assignment");
    }

    /** lhs = rhs with lhs already checked (null entries are blanks). */
    TStmt assignValues(Pos pos, List<Operand> lhs, List<Expr> rhs, String ctx) {
        if (rhs.size() == 1 && lhs.size() > 1) {
            Operand x = c.exprs.multi(rhs.get(0));
            if (x.invalid()) return null;
            List<TExpr> lt = lhsTrees(lhs);
            if ((x.mode == Operand.Mode.COMMAOK || x.mode == Operand.Mode.MAPINDEX) && lhs.size() == 2) {
                TExpr tup = Assign.commaOk(x.tx);
                Type vt = ((Type.Tuple) tup.type()).types().get(0);
                if (!checkTupleElem(lhs.get(0), vt, x, ctx) || !checkTupleElem(lhs.get(1), Universe.BOOL, x, ctx)) return null;
                return new TStmt.AssignTuple(pos, lt, tup);
            }
            if (x.type instanceof Type.Tuple tt && tt.types().size() == lhs.size()) {
                for (int i = 0; i < lhs.size(); i++) if (!checkTupleElem(lhs.get(i), tt.types().get(i), x, ctx)) return null;
                return new TStmt.AssignTuple(pos, lt, x.tx);
            }
            c.assign.mismatch(rhs.get(0), lhs.size(), x);
            return null;
        }
        if (lhs.size() != rhs.size()) {
            c.assign.reportCountMismatch(rhs.get(0).pos(), lhs.size(), rhs);
            for (Expr e : rhs) c.exprs.multi(e);
            return null;
        }
        List<TExpr> vals = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < lhs.size(); i++) {
            Operand x = c.exprs.expr(rhs.get(i));
            Operand l = lhs.get(i);
            if (l == null) {
                if (!x.invalid()) vals.add(c.assign.defaultValue(x, ctx));
                if (x.invalid()) ok = false;
                continue;
            }
            if (l.invalid() || !c.assign.assignment(x, l.type, ctx)) { ok = false; continue; }
            vals.add(x.tx);
        }
        if (!ok) return null;
        return new TStmt.Assign(pos, lhsTrees(lhs), vals);
    }

    private boolean checkTupleElem(Operand l, Type t, Operand x, String ctx) {
        if (l == null) return true;
        if (l.invalid()) return false;
        if (!Types.assignableTo(t, l.type)) {
            c.error(Exprs.start(x.expr), "cannot use " + ExprString.of(x.expr) + " (value of type " + t + ") as type " + l.type + " in " + ctx);
            return false;
        }
        return true;
    }

    private static List<TExpr> lhsTrees(List<Operand> lhs) {
        List<TExpr> out = new ArrayList<>();
        for (Operand l : lhs) out.add(l == null ? null : l.tx);
        return out;
    }

    /** a, b := x, y: new variables become VarDecls, reused ones an Assign. */
    TStmt define(Pos pos, List<Expr> lhsExprs, List<Expr> rhs) {
        List<Var> vars = new ArrayList<>();
        List<Var> fresh = new ArrayList<>();
        List<Operand> lhs = new ArrayList<>();
        boolean anyNew = false, ok = true;
        for (Expr e : lhsExprs) {
            if (!(e instanceof Expr.Ident id)) {
                c.error(e.pos(), "non-name " + ExprString.of(e) + " on left side of :=");
                c.exprs.expr(e);
                ok = false;
                vars.add(null);
                lhs.add(null);
                continue;
            }
            Obj old = id.name().equals("_") ? null : c.scope.lookupLocal(id.name());
            if (old instanceof Var v) {
                vars.add(v);
                c.use(v);
                lhs.add(Operand.of(Operand.Mode.VARIABLE, e, new TExpr.VarRef(id.pos(), v.type() == null ? Universe.INVALID : v.type(), v)));
                continue;
            }
            Var v = new Var(id.name(), id.pos(), c.path, null, Var.Kind.LOCAL);
            if (!id.name().equals("_")) anyNew = true;
            vars.add(v);
            fresh.add(v);
            lhs.add(null);
        }
        if (!anyNew && ok) c.error(pos, "no new variables on left side of :=");
        if (!ok) {
            for (Expr e : rhs) c.exprs.multi(e);
            return null;
        }
        List<TStmt> out = new ArrayList<>();
        TStmt result;
        if (fresh.size() == vars.size()) {
            // all new: initialise each (or one tuple)
            List<TExpr> inits = c.assign.initVars(vars, null, rhs, pos, true);
            declareAll(fresh);
            if (inits == null) return null;
            if (inits.size() == vars.size()) {
                for (int i = 0; i < vars.size(); i++) out.add(new TStmt.VarDecl(pos, vars.get(i), inits.get(i)));
            } else {
                for (Var v : vars) out.add(new TStmt.VarDecl(pos, v, null));
                List<TExpr> refs = new ArrayList<>();
                for (Var v : vars) refs.add(v.name().equals("_") ? null : new TExpr.VarRef(pos, v.type(), v));
                out.add(new TStmt.AssignTuple(pos, refs, inits.get(0)));
            }
            return out.size() == 1 ? out.get(0) : new TStmt.Block(pos, out);
        }
        // mixed: types of new variables come from the values
        List<Operand> typed = new ArrayList<>();
        Operand first = rhs.size() == 1 && vars.size() > 1 ? c.exprs.multi(rhs.get(0)) : null;
        List<Type> rtypes = new ArrayList<>();
        List<Operand> rops = new ArrayList<>();
        if (first != null) {
            if (first.invalid()) { invalidate(fresh); declareAll(fresh); return null; }
            if ((first.mode == Operand.Mode.COMMAOK || first.mode == Operand.Mode.MAPINDEX) && vars.size() == 2) {
                rtypes.add(first.type);
                rtypes.add(Universe.BOOL);
                first.tx = Assign.commaOk(first.tx);
            } else if (first.type instanceof Type.Tuple tt && tt.types().size() == vars.size()) {
                rtypes.addAll(tt.types());
            } else {
                c.assign.mismatch(rhs.get(0), vars.size(), first);
                invalidate(fresh);
                declareAll(fresh);
                return null;
            }
        } else {
            if (rhs.size() != vars.size()) {
                c.assign.reportCountMismatch(rhs.get(0).pos(), vars.size(), rhs);
                for (Expr e : rhs) c.exprs.multi(e);
                invalidate(fresh);
                declareAll(fresh);
                return null;
            }
            for (int i = 0; i < vars.size(); i++) {
                Operand x = c.exprs.expr(rhs.get(i));
                rops.add(x);
                if (fresh.contains(vars.get(i))) {
                    TExpr t = c.assign.initVar(vars.get(i), null, x, "assignment");
                    if (t == null) ok = false;
                } else if (!x.invalid()) {
                    if (!c.assign.assignment(x, vars.get(i).type(), "assignment")) ok = false;
                } else ok = false;
                rtypes.add(x.type);
            }
        }
        for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            if (fresh.contains(v) && v.type() == null) v.setType(rtypes.get(i));
            if (!fresh.contains(v) && first != null && !Types.assignableTo(rtypes.get(i), v.type())) {
                c.error(rhs.get(0).pos(), "cannot use " + ExprString.of(rhs.get(0)) + " (value of type " + rtypes.get(i)
                        + ") as type " + v.type() + " in assignment");
                ok = false;
            }
        }
        declareAll(fresh);
        if (!ok) return null;
        for (Var v : fresh) out.add(new TStmt.VarDecl(pos, v, null));
        List<TExpr> refs = new ArrayList<>();
        for (Var v : vars) refs.add(v.name().equals("_") ? null : new TExpr.VarRef(pos, v.type(), v));
        if (first != null) {
            out.add(new TStmt.AssignTuple(pos, refs, first.tx));
        } else {
            List<TExpr> vals = new ArrayList<>();
            for (Operand x : rops) vals.add(x.tx);
            out.add(new TStmt.Assign(pos, refs, vals));
        }
        return new TStmt.Block(pos, out);
    }

    private static void invalidate(List<Var> vs) {
        for (Var v : vs) if (v.type() == null) v.setType(Universe.INVALID);
    }

    void declareAll(List<Var> vs) {
        for (Var v : vs) {
            if (v.type() == null) v.setType(Universe.INVALID);
            c.declareLocal(v, v.pos());
        }
    }

    private TStmt opAssign(Stmt.Assign a) {
        Expr le = a.lhs().get(0), re = a.rhs().get(0);
        Operand x = lhs(le, true);
        if (x == null) {
            c.error(le.pos(), "cannot use _ as value");
            c.exprs.expr(re);
            return null;
        }
        Operand y = c.exprs.expr(re);
        if (x.invalid() || y.invalid()) return null;
        Expr.Binary b = new Expr.Binary(le.pos(), a.op(), le, re);
        Operand lhsCopy = Operand.of(x.mode, le, x.tx);
        Operand r = c.operators.binaryOperands(b, lhsCopy, y);
        if (r.invalid()) return null;
        if (!(r.tx instanceof TExpr.Binary bt)) return null;
        Operand res = Operand.value(b, bt);
        if (!c.assign.assignment(res, x.type, "assignment")) return null;
        return new TStmt.OpAssign(a.pos(), x.tx, a.op(), bt.y());
    }

    TStmt incDec(Stmt.IncDec i) {
        Operand x = lhs(i.x(), true);
        if (x == null) {
            c.error(i.x().pos(), "cannot use _ as value");
            return null;
        }
        if (x.invalid()) return null;
        if (!Types.isNumeric(x.type)) {
            c.error(i.x().pos(), "invalid operation: " + ExprString.of(i.x()) + (i.inc() ? "++" : "--")
                    + " (non-numeric type " + x.type + ")");
            return null;
        }
        TExpr one = c.assign.constant(i.pos(), x.type, Value.of(1));
        return new TStmt.OpAssign(i.pos(), x.tx, i.inc() ? Op.ADD : Op.SUB, one);
    }

    /** A const, var or type declaration inside a function. */
    TStmt localDecl(Decl.Gen g) {
        if (c.genericDecl && g.kind() == Decl.GenKind.TYPE && !g.specs().isEmpty()) {
            // Go 1.19 (issue 47631)
            c.afterTypes.add(new PkgChecker.Held(g.pos(), "type declarations inside generic functions are not currently supported"));
        }
        List<TStmt> out = new ArrayList<>();
        Spec.Value last = null;
        for (Spec sp : g.specs()) {
            switch (sp) {
                case Spec.Value v when g.kind() == Decl.GenKind.CONST -> {
                    if (v.type() != null || !v.values().isEmpty()) last = v;
                    Spec.Value src = last == null ? v : last;
                    List<Const> consts = new ArrayList<>();
                    for (int i = 0; i < v.names().size(); i++) {
                        Expr.Ident n = v.names().get(i);
                        Const k = new Const(n.name(), n.pos(), c.path, null, null);
                        Value saved = c.iota;
                        c.iota = Value.of(v.iota());
                        Type t = src.type() == null ? null : c.typexprs.type(src.type());
                        if (i < src.values().size()) {
                            c.declChecker.initConst(k, t, c.exprs.expr(src.values().get(i)));
                        } else {
                            c.error(n.pos(), "missing init expr for const declaration");
                            k.setType(Universe.INVALID);
                            k.setValue(Value.UNKNOWN);
                        }
                        c.iota = saved;
                        consts.add(k);
                    }
                    if (src.values().size() > v.names().size()) {
                        c.error(src.values().get(v.names().size()).pos(), "extra init expr");
                    }
                    for (Const k : consts) {
                        if (k.name().equals("_")) continue;
                        Obj old = c.scope.insert(k);
                        if (old != null) c.error(k.pos(), PkgChecker.redeclared(k, old));
                    }
                }
                case Spec.Value v -> {
                    Type t = v.type() == null ? null : c.typexprs.type(v.type());
                    List<Var> vars = new ArrayList<>();
                    for (Expr.Ident n : v.names()) vars.add(new Var(n.name(), n.pos(), c.path, null, Var.Kind.LOCAL));
                    if (v.values().isEmpty()) {
                        for (Var w : vars) {
                            w.setType(t == null ? Universe.INVALID : t);
                            out.add(new TStmt.VarDecl(v.pos(), w, null));
                        }
                    } else {
                        List<TExpr> inits = c.assign.initVars(vars, t, v.values(), v.pos(), false);
                        if (inits != null && inits.size() == vars.size()) {
                            for (int i = 0; i < vars.size(); i++) out.add(new TStmt.VarDecl(v.pos(), vars.get(i), inits.get(i)));
                        } else if (inits != null) {
                            for (Var w : vars) out.add(new TStmt.VarDecl(v.pos(), w, null));
                            List<TExpr> refs = new ArrayList<>();
                            for (Var w : vars) refs.add(w.name().equals("_") ? null : new TExpr.VarRef(v.pos(), w.type(), w));
                            out.add(new TStmt.AssignTuple(v.pos(), refs, inits.get(0)));
                        }
                    }
                    declareAll(vars);
                }
                case Spec.Type t -> {
                    TypeName tn = new TypeName(t.name().name(), t.name().pos(), c.path, null);
                    if (t.alias()) {
                        tn.setType(c.typexprs.type(t.type()));
                    } else {
                        Named n = new Named(tn, null);
                        tn.setType(n);
                        tn.setLocalIndex(1 + (int) c.types.stream().filter(x -> x.obj().name().equals(tn.name())).count());
                        if (!t.name().name().equals("_") && c.scope.insert(tn) != null) {
                            c.error(t.name().pos(), t.name().name() + " redeclared in this block");
                        }
                        c.types.add(n);
                        Type u = c.typexprs.type(t.type()).underlying();
                        n.setUnderlying(u == null ? Universe.INVALID : u);
                        continue;
                    }
                    if (!t.name().name().equals("_") && c.scope.insert(tn) != null) {
                        c.error(t.name().pos(), t.name().name() + " redeclared in this block");
                    }
                }
                case Spec.Import i -> {}
            }
        }
        if (out.isEmpty()) return null;
        return out.size() == 1 ? out.get(0) : new TStmt.Block(g.pos(), out);
    }
}
