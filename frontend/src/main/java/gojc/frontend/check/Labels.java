package gojc.frontend.check;

import gojc.frontend.ast.Stmt;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Labels and branch statements (spec "Labeled statements", "Break/Continue/Goto statements";
 * go/types labels.go). Labels are function-scoped, so they are collected before the body is
 * checked; loops and switches without a label get a synthesized one.
 */
final class Labels {
    private Labels() {}

    static void collect(Stmts s, Stmt.Block body) {
        walk(s, body.stmts());
        s.c.fn.gotoErrors = Gotos.errors(body);
    }

    private static void walk(Stmts s, List<Stmt> list) {
        for (Stmt st : list) walk(s, st);
    }

    private static void walk(Stmts s, Stmt st) {
        switch (st) {
            case Stmt.Labeled l -> {
                String name = l.label().name();
                if (!name.equals("_")) {
                    Label old = s.c.fn.labels.get(name);
                    if (old != null) {
                        s.c.branchError(l.label().pos(), "label " + name + " already defined at " + old.pos());
                    } else {
                        s.c.fn.labels.put(name, new Label(name, l.label().pos()));
                    }
                }
                walk(s, l.stmt());
            }
            case Stmt.Block b -> walk(s, b.stmts());
            case Stmt.If i -> { walk(s, i.then()); if (i.els() != null) walk(s, i.els()); }
            case Stmt.For f -> walk(s, f.body());
            case Stmt.Range r -> walk(s, r.body());
            case Stmt.Switch sw -> { for (Stmt.CaseClause cc : sw.clauses()) walk(s, cc.body()); }
            case Stmt.TypeSwitch ts -> { for (Stmt.CaseClause cc : ts.clauses()) walk(s, cc.body()); }
            case Stmt.Select sel -> { for (Stmt.CommClause cc : sel.clauses()) walk(s, cc.body()); }
            default -> {}
        }
    }

    static void reportUnused(Stmts s) {
        List<Label> unused = new ArrayList<>();
        for (Label l : s.c.fn.labels.values()) if (!l.used()) unused.add(l);
        unused.sort(Comparator.comparing(Label::pos));
        for (Label l : unused) s.c.branchError(l.pos(), "label " + l.name() + " defined and not used");
    }

    static TStmt labeled(Stmts s, Stmt.Labeled l) {
        Label label = s.c.fn.labels.get(l.label().name());
        if (label == null) label = new Label(l.label().name(), l.label().pos());
        return switch (l.stmt()) {
            case Stmt.For f -> s.control.forStmt(f, label);
            case Stmt.Range r -> s.control.range(r, label);
            case Stmt.Switch sw -> s.control.switchStmt(sw, label);
            case Stmt.TypeSwitch ts -> s.control.typeSwitch(ts, label);
            case Stmt.Select sel -> s.control.select(sel, label);
            default -> {
                TStmt inner = s.stmt(l.stmt());
                yield new TStmt.Labeled(l.pos(), label, inner == null ? new TStmt.Block(l.pos(), List.of()) : inner);
            }
        };
    }

    static TStmt branch(Stmts s, Stmt.Branch b) {
        String name = b.label() == null ? null : b.label().name();
        switch (b.kind()) {
            case GOTO -> {
                Label l = s.c.fn.labels.get(name);
                if (l == null) {
                    s.c.branchError(b.label().pos(), "label " + name + " not defined");
                    return null;
                }
                l.markUsed();
                String err = s.c.fn.gotoErrors.get(b);
                if (err != null) {
                    s.c.branchError(b.label().pos(), err);
                    return null;
                }
                return new TStmt.Goto(b.pos(), l);
            }
            case FALLTHROUGH -> {
                s.c.branchError(b.pos(), "fallthrough statement out of place");
                return null;
            }
            default -> {}
        }
        boolean isBreak = b.kind() == Stmt.BranchKind.BREAK;
        if (name != null) {
            Label l = s.c.fn.labels.get(name);
            if (l == null) {
                s.c.branchError(b.label().pos(), (isBreak ? "break" : "continue") + " label not defined: " + name);
                return null;
            }
            l.markUsed();
            for (Stmts.Target t : s.targets) {
                if (name.equals(t.sourceName())) {
                    if (!isBreak && !t.loop()) {
                        s.c.branchError(b.label().pos(), "invalid continue label " + name);
                        return null;
                    }
                    return isBreak ? new TStmt.Break(b.pos(), t.label()) : new TStmt.Continue(b.pos(), t.label());
                }
            }
            s.c.branchError(b.label().pos(), "invalid " + (isBreak ? "break" : "continue") + " label " + name);
            return null;
        }
        for (Stmts.Target t : s.targets) {
            if (isBreak || t.loop()) {
                return isBreak ? new TStmt.Break(b.pos(), t.label()) : new TStmt.Continue(b.pos(), t.label());
            }
        }
        s.c.branchError(b.pos(), isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
        return null;
    }
}
