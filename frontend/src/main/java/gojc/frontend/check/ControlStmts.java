package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Stmt;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Label;
import gojc.frontend.types.Type;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Control flow statements (spec "If/Switch/For/Select/Return statements"): each gets its own
 * scope, init statements are hoisted into an enclosing Block, loops and switches get a Label.
 */
final class ControlStmts {
    private final Stmts s;
    private final PkgChecker c;
    private int synthesized;

    ControlStmts(Stmts s) {
        this.s = s;
        this.c = s.c;
    }

    private Label label(Label given, Pos pos) {
        return given != null ? given : new Label(".L" + (++synthesized), pos);
    }

    private static TStmt hoist(Pos pos, TStmt init, TStmt stmt) {
        if (init == null) return stmt;
        return new TStmt.Block(pos, List.of(init, stmt));
    }

    private TExpr cond(Expr e, String what) {
        Operand x = c.exprs.expr(e);
        if (x.invalid()) return null;
        if (!Types.isBoolean(x.type)) {
            c.error(e.pos(), "non-boolean condition in " + what + " statement");
            return null;
        }
        return c.assign.defaultValue(x);
    }

    TStmt ifStmt(Stmt.If i) {
        c.openScope();
        try {
            TStmt init = i.init() == null ? null : s.stmt(i.init());
            TExpr cond = cond(i.cond(), "if");
            TStmt.Block then = s.block(i.then());
            TStmt els = i.els() == null ? null : s.stmt(i.els());
            return hoist(i.pos(), init, new TStmt.If(i.pos(), cond, then, els));
        } finally {
            c.closeScope();
        }
    }

    TStmt forStmt(Stmt.For f, Label given) {
        Label l = label(given, f.pos());
        c.openScope();
        try {
            TStmt init = f.init() == null ? null : s.stmt(f.init());
            TExpr cond = f.cond() == null ? null : cond(f.cond(), "for");
            TStmt post = null;
            if (f.post() != null) {
                if (f.post() instanceof Stmt.Assign a && a.define()) c.error(a.pos(), "cannot declare in post statement of for loop");
                else post = s.stmt(f.post());
            }
            s.targets.push(new Stmts.Target(l, true, given == null ? null : given.name()));
            TStmt.Block body;
            try {
                body = s.block(f.body());
            } finally {
                s.targets.pop();
            }
            return hoist(f.pos(), init, new TStmt.For(f.pos(), l, cond, post, body));
        } finally {
            c.closeScope();
        }
    }

    TStmt range(Stmt.Range r, Label given) {
        Label l = label(given, r.pos());
        c.openScope();
        try {
            Operand x = c.exprs.expr(r.x());
            Type kt = null, vt = null;
            TExpr xt = null;
            if (!x.invalid()) {
                String xdesc = x.describe();
                xt = c.assign.defaultValue(x);
                Type u = Types.core(x.type);
                if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) u = p.elem().underlying();
                switch (u) {
                    case Type.Basic b when b.kind().isString() -> { kt = Universe.INT; vt = Universe.RUNE; }
                    case Type.Basic b when b.kind().isInteger() && Universe.atLeast(c.prog.lang, 22) -> { kt = x.type; }
                    case Type.Array a -> { kt = Universe.INT; vt = a.elem(); }
                    case Type.Slice sl -> { kt = Universe.INT; vt = sl.elem(); }
                    case Type.Map m -> { kt = m.key(); vt = m.elem(); }
                    case Type.Chan ch -> {
                        kt = ch.elem();
                        if (ch.dir() == Type.ChanDir.SEND) {
                            c.error(Exprs.start(r.x()), "invalid operation: range " + ExprString.of(r.x()) + " receive from send-only channel");
                            kt = null;
                        }
                    }
                    default -> c.error(Exprs.start(r.x()), "cannot range over " + xdesc);
                }
                if (kt != null && vt == null && r.value() != null) {
                    c.error(r.value().pos(), "range over " + x.describe() + " permits only one iteration variable");
                    kt = null;
                }
            }
            List<TStmt> pre = new ArrayList<>();
            TExpr key = null, value = null;
            boolean ok = kt != null;
            Expr[] lhs = {r.key(), r.value()};
            Type[] types = {kt, vt};
            TExpr[] outs = new TExpr[2];
            if (r.define()) {
                List<Var> vars = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    if (lhs[i] == null) continue;
                    if (!(lhs[i] instanceof Expr.Ident id)) {
                        c.error(lhs[i].pos(), "non-name " + ExprString.of(lhs[i]) + " on left side of :=");
                        ok = false;
                        continue;
                    }
                    Var v = new Var(id.name(), id.pos(), c.path, types[i] == null ? Universe.INVALID : types[i], Var.Kind.LOCAL);
                    vars.add(v);
                    if (!id.name().equals("_")) {
                        pre.add(new TStmt.VarDecl(id.pos(), v, null));
                        outs[i] = new TExpr.VarRef(id.pos(), v.type(), v);
                    }
                }
                for (Var v : vars) c.declareLocal(v, v.pos());
            } else {
                for (int i = 0; i < 2; i++) {
                    if (lhs[i] == null) continue;
                    Operand lo = s.assigns.lhs(lhs[i]);
                    if (lo == null) continue;
                    if (lo.invalid() || types[i] == null) { ok = false; continue; }
                    if (!Types.assignableTo(types[i], lo.type)) {
                        c.error(lhs[i].pos(), "cannot use " + ExprString.of(lhs[i]) + " (value of type " + types[i]
                                + ") as type " + lo.type + " in range clause");
                        ok = false;
                    }
                    outs[i] = lo.tx;
                }
            }
            key = outs[0];
            value = outs[1];
            s.targets.push(new Stmts.Target(l, true, given == null ? null : given.name()));
            TStmt.Block body;
            try {
                body = s.block(r.body());
            } finally {
                s.targets.pop();
            }
            if (!ok) return null;
            pre.add(new TStmt.Range(r.pos(), l, key, value, xt, body));
            return pre.size() == 1 ? pre.get(0) : new TStmt.Block(r.pos(), pre);
        } finally {
            c.closeScope();
        }
    }

    TStmt switchStmt(Stmt.Switch sw, Label given) {
        Label l = label(given, sw.pos());
        c.openScope();
        try {
            TStmt init = sw.init() == null ? null : s.stmt(sw.init());
            TExpr tag = null;
            Operand tagOp = null;
            if (sw.tag() != null) {
                tagOp = c.exprs.expr(sw.tag());
                if (!tagOp.invalid()) {
                    tag = c.assign.defaultValue(tagOp);
                    if (!tagOp.invalid() && !Types.comparable(tagOp.type) && !Types.hasNil(tagOp.type)) {
                        c.error(Exprs.start(sw.tag()), "cannot switch on " + tagOp.describe());
                        tagOp.setInvalid();
                    }
                }
            }
            List<TStmt.Case> cases = new ArrayList<>();
            boolean seenDefault = false;
            List<SeenCase> seen = new ArrayList<>();
            for (int ci = 0; ci < sw.clauses().size(); ci++) {
                Stmt.CaseClause cc = sw.clauses().get(ci);
                if (cc.isDefault()) {
                    if (seenDefault) c.error(cc.pos(), "multiple defaults in switch");
                    seenDefault = true;
                }
                List<TExpr> values = new ArrayList<>();
                for (Expr e : cc.list()) {
                    TExpr v = caseValue(e, tagOp, sw.tag(), seen);
                    if (v != null) values.add(v);
                }
                boolean fall = false;
                List<Stmt> body = cc.body();
                if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch b && b.kind() == Stmt.BranchKind.FALLTHROUGH) {
                    if (ci == sw.clauses().size() - 1) c.error(b.pos(), "cannot fallthrough final case in switch");
                    fall = true;
                    body = body.subList(0, body.size() - 1);
                }
                c.openScope();
                s.targets.push(new Stmts.Target(l, false, given == null ? null : given.name()));
                try {
                    cases.add(new TStmt.Case(cc.pos(), values, cc.isDefault(), new TStmt.Block(cc.pos(), s.stmtList(body)), fall));
                } finally {
                    s.targets.pop();
                    c.closeScope();
                }
            }
            return hoist(sw.pos(), init, new TStmt.Switch(sw.pos(), l, tag, cases));
        } finally {
            c.closeScope();
        }
    }

    /** A constant case value already in the switch, for gc's duplicate-case report. */
    private record SeenCase(gojc.frontend.constant.Value value, gojc.frontend.diag.Pos pos) {}

    private TExpr caseValue(Expr e, Operand tag, Expr tagExpr, List<SeenCase> seen) {
        Operand x = c.exprs.expr(e);
        if (x.invalid()) return null;
        if (tagExpr == null) {
            if (Types.isInterface(x.type) && Types.assignableTo(Universe.BOOL, x.type)) {
                TExpr t = new TExpr.Convert(e.pos(), x.type, c.assign.constant(e.pos(), Universe.BOOL, gojc.frontend.constant.Value.of(true)));
                return new TExpr.Binary(e.pos(), Universe.BOOL, gojc.frontend.ast.Op.EQL, c.assign.tx(x), t);
            }
            if (!Types.isBoolean(x.type)) {
                c.error(e.pos(), "invalid case " + ExprString.of(e) + " in switch (mismatched types " + x.type + " and bool)");
                return null;
            }
            return c.assign.defaultValue(x);
        }
        if (tag == null || tag.invalid()) return null;
        if (x.isConst()) {
            for (SeenCase prev : seen) {
                var v = prev.value();
                if (v.equals(x.val) || v instanceof gojc.frontend.constant.Value.Str a && x.val.equals(a)) {
                    c.error(e.pos(), "duplicate case " + ExprString.of(e) + " (constant of type " + tag.type
                            + ") in expression switch\n\t" + prev.pos() + ": previous case");
                    return null;
                }
            }
        }
        gojc.frontend.constant.Value cv = x.isConst() ? x.val : null;
        String desc = x.describe();
        if (Types.isUntyped(x.type)) {
            Type target = Types.isInterface(tag.type) && !x.isNil() ? Types.defaultType(x.type) : tag.type;
            if (c.assign.implicitConvert(x, target) != gojc.frontend.types.Representable.Fail.NONE) {
                c.error(e.pos(), "invalid case " + ExprString.of(e) + " in switch on " + ExprString.of(tagExpr)
                        + " (mismatched types " + x.type + " and " + tag.type + ")");
                return null;
            }
        }
        if (!Types.assignableTo(x.type, tag.type) && !Types.assignableTo(tag.type, x.type)) {
            c.error(e.pos(), "invalid case " + ExprString.of(e) + " in switch on " + ExprString.of(tagExpr)
                    + " (mismatched types " + x.type + " and " + tag.type + ")");
            return null;
        }
        if (cv != null && !Types.isInterface(tag.type)) seen.add(new SeenCase(cv, e.pos()));
        TExpr t = c.assign.tx(x);
        if (x.isNil()) return new TExpr.Zero(e.pos(), tag.type);
        // an interface case value against a concrete tag: the tag converts for the comparison
        if (Types.isInterface(x.type) && !Types.isInterface(tag.type)) return t;
        if (!Types.identical(t.type(), tag.type)) t = new TExpr.Convert(e.pos(), tag.type, t);
        return t;
    }

    TStmt typeSwitch(Stmt.TypeSwitch ts, Label given) {
        Label l = label(given, ts.pos());
        c.openScope();
        try {
            TStmt init = ts.init() == null ? null : s.stmt(ts.init());
            Operand x = c.exprs.expr(ts.subject());
            boolean ok = !x.invalid();
            if (ok && !Types.isInterface(x.type)) {
                c.error(Exprs.start(ts.subject()), x.describe() + " is not an interface");
                ok = false;
            }
            List<TStmt.TypeCase> cases = new ArrayList<>();
            List<Var> bindings = new ArrayList<>();
            boolean seenDefault = false;
            for (Stmt.CaseClause cc : ts.clauses()) {
                if (cc.isDefault()) {
                    if (seenDefault) c.error(cc.pos(), "multiple defaults in switch");
                    seenDefault = true;
                }
                List<Type> types = new ArrayList<>();
                for (Expr e : cc.list()) {
                    if (Exprs.unparen(e) instanceof Expr.Ident id && id.name().equals("nil") && c.scope.lookup("nil") instanceof gojc.frontend.types.Nil) {
                        types.add(null);
                        continue;
                    }
                    Type t = c.typexprs.type(e);
                    if (ok && !Types.isInvalid(t)) c.exprs.checkAssertable(x.type, t, e.pos(), ExprString.of(ts.subject()) + " (variable of type " + x.type + ") cannot have dynamic type " + t);
                    types.add(t);
                }
                c.openScope();
                Var v = null;
                if (ts.binding() != null && !ts.binding().name().equals("_")) {
                    Type vt = types.size() == 1 && types.get(0) != null ? types.get(0) : x.type;
                    v = new Var(ts.binding().name(), ts.binding().pos(), c.path, ok ? vt : Universe.INVALID, Var.Kind.LOCAL);
                    c.scope.insert(v);
                    c.owner.put(v, c.fn);
                    bindings.add(v);
                }
                s.targets.push(new Stmts.Target(l, false, given == null ? null : given.name()));
                try {
                    cases.add(new TStmt.TypeCase(cc.pos(), types, cc.isDefault(), v, new TStmt.Block(cc.pos(), s.stmtList(cc.body()))));
                } finally {
                    s.targets.pop();
                    c.closeScope();
                }
            }
            if (ts.binding() != null && !ts.binding().name().equals("_") && bindings.stream().noneMatch(Var::used)) {
                c.error(ts.binding().pos(), ts.binding().name() + " declared but not used");
            }
            if (!ok) return null;
            return hoist(ts.pos(), init, new TStmt.TypeSwitch(ts.pos(), l, c.assign.tx(x), cases));
        } finally {
            c.closeScope();
        }
    }

    TStmt select(Stmt.Select sel, Label given) {
        Label l = label(given, sel.pos());
        List<TStmt.CommCase> cases = new ArrayList<>();
        boolean ok = true;
        for (Stmt.CommClause cc : sel.clauses()) {
            c.openScope();
            try {
                TStmt.CommCase head = commHead(cc);
                if (head == null && cc.comm() != null) ok = false;
                s.targets.push(new Stmts.Target(l, false, given == null ? null : given.name()));
                TStmt.Block body;
                try {
                    body = new TStmt.Block(cc.pos(), s.stmtList(cc.body()));
                } finally {
                    s.targets.pop();
                }
                if (head == null) head = new TStmt.CommCase(cc.pos(), true, false, null, null, List.of(), List.of(), body);
                cases.add(new TStmt.CommCase(head.pos(), head.isDefault(), head.isSend(), head.chan(), head.value(), head.recvLhs(),
                        head.recvDecl(), body));
            } finally {
                c.closeScope();
            }
        }
        return ok ? new TStmt.Select(sel.pos(), l, cases) : null;
    }

    private TStmt.CommCase commHead(Stmt.CommClause cc) {
        switch (cc.comm()) {
            case null -> { return null; }
            case Stmt.Send send -> {
                TStmt t = send(send);
                if (!(t instanceof TStmt.Send sd)) return null;
                return new TStmt.CommCase(cc.pos(), false, true, sd.chan(), sd.value(), List.of(), List.of(), null);
            }
            case Stmt.ExprStmt e when Exprs.unparen(e.x()) instanceof Expr.Unary u && u.op() == gojc.frontend.ast.Op.ARROW -> {
                Operand x = c.exprs.expr(e.x());
                if (x.invalid() || !(x.tx instanceof TExpr.Recv r)) return null;
                return new TStmt.CommCase(cc.pos(), false, false, r.chan(), null, List.of(), List.of(), null);
            }
            case Stmt.Assign a when a.rhs().size() == 1 && Exprs.unparen(a.rhs().get(0)) instanceof Expr.Unary u
                    && u.op() == gojc.frontend.ast.Op.ARROW && a.lhs().size() <= 2 && a.op() == null -> {
                Operand x = c.exprs.expr(a.rhs().get(0));
                if (x.invalid() || !(x.tx instanceof TExpr.Recv r)) return null;
                Type[] types = {r.type(), Universe.BOOL};
                if (a.define()) {
                    List<Var> vars = new ArrayList<>();
                    for (int i = 0; i < a.lhs().size(); i++) {
                        if (!(a.lhs().get(i) instanceof Expr.Ident id)) {
                            c.error(a.lhs().get(i).pos(), "non-name " + ExprString.of(a.lhs().get(i)) + " on left side of :=");
                            return null;
                        }
                        vars.add(new Var(id.name(), id.pos(), c.path, types[i], Var.Kind.LOCAL));
                    }
                    for (Var v : vars) c.declareLocal(v, v.pos());
                    return new TStmt.CommCase(cc.pos(), false, false, r.chan(), null, List.of(), vars, null);
                }
                List<TExpr> lhs = new ArrayList<>();
                for (int i = 0; i < a.lhs().size(); i++) {
                    Operand lo = s.assigns.lhs(a.lhs().get(i));
                    if (lo == null) { lhs.add(null); continue; }
                    if (lo.invalid()) return null;
                    if (!Types.assignableTo(types[i], lo.type)) {
                        c.error(a.lhs().get(i).pos(), "cannot use " + ExprString.of(a.rhs().get(0)) + " (value of type " + types[i]
                                + ") as type " + lo.type + " in assignment");
                        return null;
                    }
                    lhs.add(lo.tx);
                }
                return new TStmt.CommCase(cc.pos(), false, false, r.chan(), null, lhs, List.of(), null);
            }
            default -> {
                c.error(cc.comm().pos(), "select case must be receive, send or assign recv");
                return null;
            }
        }
    }

    TStmt send(Stmt.Send send) {
        Operand ch = c.exprs.expr(send.chan());
        Operand v = c.exprs.expr(send.value());
        if (ch.invalid() || v.invalid()) return null;
        if (!(Types.core(ch.type) instanceof Type.Chan ct)) {
            c.error(send.pos(), "invalid operation: cannot send to non-channel " + ch.describe());
            return null;
        }
        if (ct.dir() == Type.ChanDir.RECV) {
            c.error(send.pos(), "invalid operation: cannot send to receive-only channel " + ch.describe());
            return null;
        }
        if (!c.assign.assignment(v, ct.elem(), "send")) return null;
        return new TStmt.Send(send.pos(), ch.tx, v.tx);
    }

    TStmt ret(Stmt.Return r) {
        FuncCtx fn = c.fn;
        List<Var> results = fn.results;
        if (r.results().isEmpty()) {
            if (!results.isEmpty() && results.get(0).name().isEmpty()) {
                c.error(r.pos(), "not enough return values\n\thave ()\n\twant " + typeList(results));
                return null;
            }
            List<TExpr> refs = new ArrayList<>();
            for (Var v : results) {
                if (!v.name().equals("_") && c.scope.lookup(v.name()) != v) {
                    c.error(r.pos(), "result parameter " + v.name() + " not in scope at return");
                }
                refs.add(new TExpr.VarRef(r.pos(), v.type(), v));
            }
            return new TStmt.Return(r.pos(), refs);
        }
        if (r.results().size() == 1 && results.size() > 1) {
            Operand x = c.exprs.multi(r.results().get(0));
            if (x.invalid()) return null;
            if (x.type instanceof Type.Tuple tt && tt.types().size() == results.size()) {
                for (int i = 0; i < results.size(); i++) {
                    if (!Types.assignableTo(tt.types().get(i), results.get(i).type())) {
                        c.error(Exprs.start(x.expr), "cannot use " + ExprString.of(x.expr) + " (value of type " + tt
                                + ") as type " + results.get(i).type() + " in return statement");
                        return null;
                    }
                }
                return new TStmt.ReturnTuple(r.pos(), x.tx);
            }
            c.error(Exprs.start(x.expr), "not enough return values\n\thave " + Calls.summary(List.of(x)) + "\n\twant " + typeList(results));
            return null;
        }
        List<Operand> ops = new ArrayList<>();
        for (Expr e : r.results()) ops.add(c.exprs.expr(e));
        for (Operand o : ops) if (o.invalid()) return null;
        if (ops.size() != results.size()) {
            boolean tooMany = ops.size() > results.size();
            Pos at = tooMany ? r.results().get(results.size()).pos() : r.results().get(r.results().size() - 1).pos();
            if (results.isEmpty()) {
                c.error(r.results().get(0).pos(), "too many return values\n\thave " + Calls.summary(ops) + "\n\twant ()");
                return null;
            }
            c.error(tooMany ? r.results().get(0).pos() : at, (tooMany ? "too many" : "not enough") + " return values\n\thave "
                    + Calls.summary(ops) + "\n\twant " + typeList(results));
            return null;
        }
        List<TExpr> vals = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (!c.assign.assignment(ops.get(i), results.get(i).type(), "return statement")) return null;
            vals.add(ops.get(i).tx);
        }
        return new TStmt.Return(r.pos(), vals);
    }

    private static String typeList(List<Var> vs) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(vs.get(i).type());
        }
        return sb.append(')').toString();
    }
}
