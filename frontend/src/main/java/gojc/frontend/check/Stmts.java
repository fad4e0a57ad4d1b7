package gojc.frontend.check;

import gojc.frontend.ast.Decl;
import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Stmt;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Func;
import gojc.frontend.types.Label;
import gojc.frontend.types.Named;
import gojc.frontend.types.Scope;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Function bodies and statements (go/types stmt.go, labels.go): function and literal bodies with
 * their scopes, "declared but not used" and missing-return checks, and the simple statements.
 * Assignments are in {@link AssignStmts}, control flow in {@link ControlStmts}.
 */
final class Stmts {
    final PkgChecker c;
    final AssignStmts assigns;
    final ControlStmts control;

    /** An enclosing break/continue target. */
    record Target(Label label, boolean loop, String sourceName) {}

    final Deque<Target> targets = new ArrayDeque<>();
    private int globLits;

    Stmts(PkgChecker c) {
        this.c = c;
        this.assigns = new AssignStmts(this);
        this.control = new ControlStmts(this);
    }

    String funcName(Func f, Decl.Func fd) {
        String pkg = c.pkg.name();
        if (f.type() == null || f.type().recv() == null) return pkg + "." + f.name();
        Type r = f.type().recv().type();
        if (r instanceof Type.Pointer p) return pkg + ".(*" + p.elem() + ")." + f.name();
        return pkg + "." + r + "." + f.name();
    }

    TFunc funcDecl(Func f, PkgChecker.DeclInfo d) {
        Decl.Func fd = d.func();
        Type.Signature sig = f.type();
        if (sig == null) return null;
        if (fd.body() == null) {
            return new TFunc(fd.pos(), funcName(f, fd), f, sig, sig.recv(), sig.params(), sig.results(), null, false, false);
        }
        Scope saved = c.scope;
        FuncCtx savedFn = c.fn;
        var savedDecl = c.curDecl;
        c.scope = new Scope(d.fileScope(), true);
        c.curDecl = f;
        FuncCtx fn = new FuncCtx(null, funcName(f, fd), sig, sig.results());
        c.fn = fn;
        try {
            if (sig.recv() != null) c.declareLocal(sig.recv(), sig.recv().pos());
            TStmt.Block body = body(fd.body(), sig);
            return new TFunc(fd.pos(), fn.name, f, sig, sig.recv(), sig.params(), sig.results(), body, fn.hasDefer, fn.hasRecover);
        } finally {
            c.scope = saved;
            c.fn = savedFn;
            c.curDecl = savedDecl;
        }
    }

    TExpr.FuncLit funcLit(Expr.FuncLit f, Type.Signature sig) {
        Scope saved = c.scope;
        FuncCtx parent = c.fn;
        String name = parent != null ? parent.nextLitName() : c.pkg.name() + ".glob..func" + (++globLits);
        FuncCtx fn = new FuncCtx(parent, name, sig, sig.results());
        Deque<Target> savedTargets = new ArrayDeque<>(targets);
        targets.clear();
        c.scope = new Scope(c.scope, true);
        c.fn = fn;
        try {
            TStmt.Block body = body(f.body(), sig);
            TFunc tf = new TFunc(f.pos(), name, null, sig, null, sig.params(), sig.results(), body, fn.hasDefer, fn.hasRecover);
            return new TExpr.FuncLit(f.pos(), sig, tf, new ArrayList<>(fn.captured));
        } finally {
            c.scope = saved;
            c.fn = parent;
            targets.addAll(savedTargets);
        }
    }

    private TStmt.Block body(Stmt.Block b, Type.Signature sig) {
        for (Var p : sig.params()) if (!p.name().isEmpty()) c.declareLocal(p, p.pos());
        for (Var r : sig.results()) if (!r.name().isEmpty()) c.declareLocal(r, r.pos());
        FuncCtx fn = c.fn;
        Labels.collect(this, b);
        List<TStmt> stmts = stmtList(b.stmts());
        Terminating.PANIC_IS_BUILTIN.set(c.scope.lookup("panic") instanceof gojc.frontend.types.Builtin);
        if (!sig.results().isEmpty() && !Terminating.isTerminating(b)) c.error(b.rbrace(), "missing return");
        Labels.reportUnused(this);
        List<Var> unused = new ArrayList<>();
        for (Var v : fn.locals) {
            if (!v.used() && !v.name().equals("_") && !gojc.frontend.types.Types.isInvalid(v.type())) unused.add(v);
        }
        unused.sort(Comparator.comparing(Var::pos));
        for (Var v : unused) c.error(v.pos(), v.name() + " declared but not used");
        return new TStmt.Block(b.pos(), stmts);
    }

    List<TStmt> stmtList(List<Stmt> list) {
        List<TStmt> out = new ArrayList<>();
        for (Stmt s : list) {
            TStmt t = stmt(s);
            if (t != null) out.add(t);
        }
        return out;
    }

    TStmt.Block block(Stmt.Block b) {
        c.openScope();
        try {
            return new TStmt.Block(b.pos(), stmtList(b.stmts()));
        } finally {
            c.closeScope();
        }
    }

    /** One statement; null when it produces no code (a constant or type declaration, an empty statement). */
    TStmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.Block b -> block(b);
            case Stmt.Empty e -> null;
            case Stmt.Bad b -> null;
            case Stmt.Decl d -> assigns.localDecl(d.decl());
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Send send -> control.send(send);
            case Stmt.IncDec i -> assigns.incDec(i);
            case Stmt.Assign a -> assigns.assign(a);
            case Stmt.Go g -> goDefer(g.pos(), g.call(), "go");
            case Stmt.Defer d -> goDefer(d.pos(), d.call(), "defer");
            case Stmt.Return r -> control.ret(r);
            case Stmt.Branch b -> Labels.branch(this, b);
            case Stmt.Labeled l -> Labels.labeled(this, l);
            case Stmt.If i -> control.ifStmt(i);
            case Stmt.Switch sw -> control.switchStmt(sw, null);
            case Stmt.TypeSwitch ts -> control.typeSwitch(ts, null);
            case Stmt.Select sel -> control.select(sel, null);
            case Stmt.For f -> control.forStmt(f, null);
            case Stmt.Range r -> control.range(r, null);
            case Stmt.CaseClause cc -> null;
            case Stmt.CommClause cc -> null;
        };
    }

    private TStmt exprStmt(Stmt.ExprStmt e) {
        Operand x = c.exprs.raw(e.x());
        if (x.invalid()) return null;
        Expr inner = Exprs.unparen(e.x());
        boolean ok = switch (x.mode) {
            case NOVALUE -> true;
            case COMMAOK -> inner instanceof Expr.Unary u && u.op() == gojc.frontend.ast.Op.ARROW;
            case VALUE -> inner instanceof Expr.Call && !(x.tx instanceof TExpr.CallBuiltin b && !isStmtBuiltin(b))
                    && !(x.tx instanceof TExpr.Convert);
            default -> false;
        };
        if (x.mode == Operand.Mode.BUILTIN) {
            c.error(Exprs.start(e.x()), ExprString.of(e.x()) + " (built-in) must be called");
            return null;
        }
        if (x.mode == Operand.Mode.TYPEXPR) {
            c.error(Exprs.start(e.x()), ExprString.of(e.x()) + " (type) is not an expression");
            return null;
        }
        if (!ok) {
            c.error(Exprs.start(e.x()), x.describe() + " is not used");
            return null;
        }
        return new TStmt.ExprStmt(e.pos(), x.tx);
    }

    private static boolean isStmtBuiltin(TExpr.CallBuiltin b) {
        return switch (b.id()) {
            case COPY, RECOVER, PANIC, PRINT, PRINTLN, CLOSE, DELETE, CLEAR -> true;
            default -> false;
        };
    }

    private TStmt goDefer(Pos pos, Expr.Call call, String what) {
        if (what.equals("defer") && c.fn != null) c.fn.hasDefer = true;
        Operand x = c.exprs.raw(call);
        if (x.invalid() || x.tx == null) return null;
        switch (x.tx) {
            case TExpr.Convert cv -> {
                c.error(call.pos(), what + " requires function call, not conversion");
                return null;
            }
            case TExpr.CallBuiltin b when !isStmtBuiltin(b) -> {
                c.error(call.pos(), what + " discards result of " + ExprString.of(call));
                return null;
            }
            case TExpr.Const k -> {
                c.error(call.pos(), what + " requires function call, not conversion");
                return null;
            }
            default -> {}
        }
        if (x.mode == Operand.Mode.TYPEXPR) return null;
        return what.equals("go") ? new TStmt.Go(pos, x.tx) : new TStmt.Defer(pos, x.tx);
    }
}
