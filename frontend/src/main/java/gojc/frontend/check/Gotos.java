package gojc.frontend.check;

import gojc.frontend.ast.Decl;
import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Spec;
import gojc.frontend.ast.Stmt;
import gojc.frontend.diag.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goto rules of the spec ("Goto statements"): a goto must not jump over a variable
 * declaration of its own block, nor into a block. Computed over the syntax of one function body;
 * the errors are keyed by goto statement and reported when it is checked.
 */
final class Gotos {
    /** One enclosing statement list: the list, the index of the statement being walked, where the block starts. */
    private record Frame(List<Stmt> list, int index, Pos start) {}

    private record Site(List<Frame> frames) {}

    private final Map<String, Site> labels = new HashMap<>();
    private final List<Object[]> gotos = new ArrayList<>();

    static Map<Stmt.Branch, String> errors(Stmt.Block body) {
        Gotos g = new Gotos();
        g.list(body.stmts(), body.pos(), new ArrayList<>());
        Map<Stmt.Branch, String> out = new IdentityHashMap<>();
        for (Object[] o : g.gotos) {
            Stmt.Branch b = (Stmt.Branch) o[0];
            @SuppressWarnings("unchecked") List<Frame> from = (List<Frame>) o[1];
            Site to = g.labels.get(b.label().name());
            if (to == null) continue;
            String msg = g.check(b, from, to.frames());
            if (msg != null) out.put(b, msg);
        }
        return out;
    }

    private String check(Stmt.Branch b, List<Frame> from, List<Frame> to) {
        String name = b.label().name();
        // the label's block must enclose the goto
        int depth = to.size() - 1;
        for (int i = 0; i < to.size(); i++) {
            if (i >= from.size() || from.get(i).list() != to.get(i).list()) {
                return "goto " + name + " jumps into block starting at " + to.get(i).start();
            }
        }
        Frame lf = to.get(depth), gf = from.get(depth);
        for (int k = gf.index() + 1; k < lf.index(); k++) {
            Stmt s = lf.list().get(k);
            String decl = declared(s);
            if (decl != null) return "goto " + name + " jumps over declaration of " + decl + " at " + s.pos();
        }
        return null;
    }

    private static String declared(Stmt s) {
        if (s instanceof Stmt.Assign a && a.define() && a.lhs().get(0) instanceof Expr.Ident id) return id.name();
        if (s instanceof Stmt.Decl d && d.decl().kind() == Decl.GenKind.VAR && d.decl().specs().get(0) instanceof Spec.Value v) {
            return v.names().get(0).name();
        }
        return null;
    }

    private void list(List<Stmt> stmts, Pos start, List<Frame> outer) {
        for (int i = 0; i < stmts.size(); i++) {
            List<Frame> frames = new ArrayList<>(outer);
            frames.add(new Frame(stmts, i, start));
            stmt(stmts.get(i), frames);
        }
    }

    private void stmt(Stmt s, List<Frame> frames) {
        switch (s) {
            case Stmt.Labeled l -> {
                labels.putIfAbsent(l.label().name(), new Site(frames));
                stmt(l.stmt(), frames);
            }
            case Stmt.Branch b when b.kind() == Stmt.BranchKind.GOTO && b.label() != null -> gotos.add(new Object[] {b, frames});
            case Stmt.Block b -> list(b.stmts(), b.pos(), frames);
            case Stmt.If i -> {
                list(i.then().stmts(), i.then().pos(), frames);
                if (i.els() != null) stmt(i.els(), frames);
            }
            case Stmt.For f -> list(f.body().stmts(), f.body().pos(), frames);
            case Stmt.Range r -> list(r.body().stmts(), r.body().pos(), frames);
            case Stmt.Switch sw -> { for (Stmt.CaseClause cc : sw.clauses()) list(cc.body(), cc.pos(), frames); }
            case Stmt.TypeSwitch ts -> { for (Stmt.CaseClause cc : ts.clauses()) list(cc.body(), cc.pos(), frames); }
            case Stmt.Select sel -> { for (Stmt.CommClause cc : sel.clauses()) list(cc.body(), cc.pos(), frames); }
            default -> {}
        }
    }
}
