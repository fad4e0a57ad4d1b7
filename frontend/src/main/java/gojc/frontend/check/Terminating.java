package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Stmt;
import java.util.List;

/** Terminating statements (spec "Terminating statements"), for "missing return". */
final class Terminating {
    private Terminating() {}

    /** Whether panic still names the builtin where the body is checked (it may be shadowed). */
    static final ThreadLocal<Boolean> PANIC_IS_BUILTIN = ThreadLocal.withInitial(() -> true);

    static boolean isTerminating(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Branch b -> b.kind() == Stmt.BranchKind.GOTO || b.kind() == Stmt.BranchKind.FALLTHROUGH;
            case Stmt.ExprStmt e -> Exprs.unparen(e.x()) instanceof Expr.Call call
                    && Exprs.unparen(call.fun()) instanceof Expr.Ident id && id.name().equals("panic") && PANIC_IS_BUILTIN.get();
            case Stmt.Block b -> isTerminatingList(b.stmts());
            case Stmt.If i -> i.els() != null && isTerminating(i.then()) && isTerminating(i.els());
            case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), null, true);
            case Stmt.Labeled l -> switch (l.stmt()) {
                case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), l.label().name(), true);
                case Stmt.Switch sw -> switchTerminating(sw.clauses(), l.label().name());
                case Stmt.TypeSwitch ts -> switchTerminating(ts.clauses(), l.label().name());
                case Stmt.Select sel -> selectTerminating(sel, l.label().name());
                default -> isTerminating(l.stmt());
            };
            case Stmt.Switch sw -> switchTerminating(sw.clauses(), null);
            case Stmt.TypeSwitch ts -> switchTerminating(ts.clauses(), null);
            case Stmt.Select sel -> selectTerminating(sel, null);
            default -> false;
        };
    }

    private static boolean isTerminatingList(List<Stmt> list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof Stmt.Empty) continue;
            return isTerminating(list.get(i));
        }
        return false;
    }

    private static boolean switchTerminating(List<Stmt.CaseClause> clauses, String label) {
        boolean hasDefault = false;
        for (Stmt.CaseClause cc : clauses) {
            if (cc.isDefault()) hasDefault = true;
            if (!isTerminatingList(cc.body()) && !endsInFallthrough(cc.body())) return false;
            for (Stmt s : cc.body()) if (hasBreak(s, label, false)) return false;
        }
        return hasDefault;
    }

    private static boolean endsInFallthrough(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch b && b.kind() == Stmt.BranchKind.FALLTHROUGH;
    }

    private static boolean selectTerminating(Stmt.Select sel, String label) {
        for (Stmt.CommClause cc : sel.clauses()) {
            if (!isTerminatingList(cc.body())) return false;
            for (Stmt s : cc.body()) if (hasBreak(s, label, false)) return false;
        }
        return true;
    }

    /** Whether s contains a break that targets the enclosing statement (unlabeled at top nesting, or labeled). */
    private static boolean hasBreak(Stmt s, String label, boolean top) {
        return switch (s) {
            case Stmt.Branch b -> b.kind() == Stmt.BranchKind.BREAK
                    && (b.label() == null ? top : b.label().name().equals(label));
            case Stmt.Block b -> b.stmts().stream().anyMatch(x -> hasBreak(x, label, top));
            case Stmt.If i -> hasBreak(i.then(), label, top) || i.els() != null && hasBreak(i.els(), label, top);
            case Stmt.Labeled l -> hasBreak(l.stmt(), label, top);
            case Stmt.For f -> label != null && hasBreak(f.body(), label, false);
            case Stmt.Range r -> label != null && hasBreak(r.body(), label, false);
            case Stmt.Switch sw -> label != null && sw.clauses().stream()
                    .anyMatch(cc -> cc.body().stream().anyMatch(x -> hasBreak(x, label, false)));
            case Stmt.TypeSwitch ts -> label != null && ts.clauses().stream()
                    .anyMatch(cc -> cc.body().stream().anyMatch(x -> hasBreak(x, label, false)));
            case Stmt.Select sel -> label != null && sel.clauses().stream()
                    .anyMatch(cc -> cc.body().stream().anyMatch(x -> hasBreak(x, label, false)));
            case Stmt.CaseClause cc -> cc.body().stream().anyMatch(x -> hasBreak(x, label, top));
            default -> false;
        };
    }
}
