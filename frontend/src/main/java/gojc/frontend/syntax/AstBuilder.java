// Builds declarations and statements from the parse tree, resolving what the permissive grammar
// leaves open the way gc's parser does: which header part of if/for/switch is init, condition or
// post statement; type switches; range clauses; and the gc errors for malformed headers.
package gojc.frontend.syntax;

import gojc.frontend.ast.Decl;
import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Field;
import gojc.frontend.ast.File;
import gojc.frontend.ast.Op;
import gojc.frontend.ast.Spec;
import gojc.frontend.ast.Stmt;
import gojc.frontend.diag.Pos;
import gojc.frontend.syntax.GoParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

final class AstBuilder extends ExprBuilder {
    /** A for-range header, which is not a statement on its own. */
    private record RangeClause(Pos pos, List<Expr> lhs, boolean define, Expr x) {}

    private final String source;

    AstBuilder(PosTable pt, String source, List<SyntaxError> errors) {
        super(pt, errors);
        this.source = source;
    }

    File build(SourceFileContext c) {
        Expr.Ident pkg = ident(c.packageClause().IDENTIFIER());
        List<Spec.Import> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        for (ImportDeclContext d : c.importDecl()) {
            List<Spec> specs = new ArrayList<>();
            for (ParseTree ch : d.children) {
                if (ch instanceof ImportSpecContext s) {
                    Spec.Import imp = importSpec(s);
                    imports.add(imp);
                    specs.add(imp);
                } else if (ch instanceof EosContext e) {
                    checkEos(e, GoLexer.R_PAREN, "grouped declaration");
                }
            }
            decls.add(new Decl.Gen(pos(d), Decl.GenKind.IMPORT, specs));
        }
        for (TopLevelDeclContext d : c.topLevelDecl()) {
            if (d.declaration() != null) decls.add(declaration(d.declaration()));
            else decls.add(funcDecl(d.functionDecl()));
        }
        return new File(pos(c.packageClause()), pt.file(), pkg, imports, decls);
    }

    private Spec.Import importSpec(ImportSpecContext s) {
        Expr.Ident name = null;
        if (s.DOT() != null) name = new Expr.Ident(pos(s.DOT()), ".");
        else if (s.IDENTIFIER() != null) name = ident(s.IDENTIFIER());
        Expr.BasicLit path = string(s.string_());
        return new Spec.Import(name != null ? name.pos() : path.pos(), name, Literals.unquote(path.text()));
    }

    Decl.Gen declaration(DeclarationContext c) {
        List<Spec> specs = new ArrayList<>();
        ParserRuleContext group;
        Decl.GenKind kind;
        if (c.constDecl() != null) { group = c.constDecl(); kind = Decl.GenKind.CONST; }
        else if (c.varDecl() != null) { group = c.varDecl(); kind = Decl.GenKind.VAR; }
        else { group = c.typeDecl(); kind = Decl.GenKind.TYPE; }
        for (ParseTree ch : group.children) {
            switch (ch) {
                case ConstSpecContext s -> {
                    List<Expr.Ident> names = idents(s.identifierList());
                    Expr type = s.type_() == null ? null : type(s.type_());
                    specs.add(new Spec.Value(names.get(0).pos(), names, type, exprList(s.expressionList()), specs.size()));
                }
                case VarSpecContext s -> {
                    List<Expr.Ident> names = idents(s.identifierList());
                    Expr type = s.type_() == null ? null : type(s.type_());
                    specs.add(new Spec.Value(names.get(0).pos(), names, type, exprList(s.expressionList()), 0));
                }
                case TypeSpecContext s -> {
                    Expr.Ident name = ident(s.IDENTIFIER());
                    specs.add(new Spec.Type(name.pos(), name, typeParams(s.typeParameters()), s.ASSIGN() != null, type(s.type_())));
                }
                case EosContext e -> checkEos(e, GoLexer.R_PAREN, "grouped declaration");
                default -> {}
            }
        }
        return new Decl.Gen(pos(c), kind, specs);
    }

    private Decl funcDecl(FunctionDeclContext c) {
        Pos p = pos(c.FUNC());
        Field recv = null;
        if (c.receiver != null) {
            List<Field> rs = params(c.receiver);
            if (rs.isEmpty()) {
                errors.add(new SyntaxError(pos(c.receiver), "method has no receiver"));
                recv = new Field(pos(c.receiver), List.of(), new Expr.Bad(pos(c.receiver)), null);
            } else {
                if (rs.size() > 1 || rs.get(0).names().size() > 1) {
                    errors.add(new SyntaxError(pos(c.receiver), "method has multiple receivers"));
                }
                recv = rs.get(0);
            }
        }
        Expr.FuncType type = funcType(p, typeParams(c.typeParameters()), c.signature());
        Stmt.Block body = c.block() == null ? null : blockOf(c.block());
        return new Decl.Func(p, recv, ident(c.IDENTIFIER()), type, body);
    }

    // ---- statements ----

    @Override
    Stmt.Block blockOf(BlockContext b) {
        return new Stmt.Block(pos(b), stmtList(b.statementList()), pos(b.stop));
    }

    private List<Stmt> stmtList(StatementListContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c == null || c.children == null) return out;
        for (ParseTree ch : c.children) {
            if (ch instanceof StatementContext s) out.add(stmt(s));
            else if (ch instanceof EosContext e) checkStmtEnd(e);
        }
        return out;
    }

    /** A statement must be followed by a semicolon unless it is the last before "}". */
    private void checkStmtEnd(EosContext e) {
        if (e.SEMI() != null) return;
        Token next = e.getStart();
        int t = next.getType();
        if (t == GoLexer.R_CURLY) return;
        syntaxError(pos(next), "unexpected " + SyntaxErrors.describe(next) + " at end of statement");
    }

    private Stmt stmt(StatementContext c) {
        ParseTree ch = c.getChild(0);
        return switch (ch) {
            case DeclarationContext d -> new Stmt.Decl(pos(d), declaration(d));
            case LabeledStmtContext l -> new Stmt.Labeled(pos(l), ident(l.IDENTIFIER()),
                    l.statement() == null ? new Stmt.Empty(pos(l.COLON())) : stmt(l.statement()));
            case SimpleStmtContext s -> simple(s);
            case GoStmtContext g -> {
                Expr.Call call = callOf(g.expression(), "go");
                yield call == null ? new Stmt.Bad(pos(g)) : new Stmt.Go(pos(g), call);
            }
            case DeferStmtContext d -> {
                Expr.Call call = callOf(d.expression(), "defer");
                yield call == null ? new Stmt.Bad(pos(d)) : new Stmt.Defer(pos(d), call);
            }
            case ReturnStmtContext r -> new Stmt.Return(pos(r), exprList(r.expressionList()));
            case BreakStmtContext b -> branch(b, Stmt.BranchKind.BREAK, b.IDENTIFIER());
            case ContinueStmtContext b -> branch(b, Stmt.BranchKind.CONTINUE, b.IDENTIFIER());
            case GotoStmtContext b -> branch(b, Stmt.BranchKind.GOTO, b.IDENTIFIER());
            case FallthroughStmtContext b -> branch(b, Stmt.BranchKind.FALLTHROUGH, null);
            case BlockContext b -> blockOf(b);
            case IfStmtContext i -> ifStmt(i);
            case SwitchStmtContext s -> switchStmt(s);
            case SelectStmtContext s -> selectStmt(s);
            case ForStmtContext f -> forStmt(f);
            default -> new Stmt.Bad(pos(c));
        };
    }

    private Stmt branch(ParserRuleContext c, Stmt.BranchKind kind, TerminalNode label) {
        return new Stmt.Branch(pos(c), kind, label == null ? null : ident(label));
    }

    private Expr.Call callOf(ExpressionContext e, String keyword) {
        Expr x = expr(e);
        Expr y = x;
        if (x instanceof Expr.Paren p) {
            syntaxError(x.pos(), "expression in " + keyword + " must not be parenthesized");
            return null;
        }
        if (y instanceof Expr.Call call) return call;
        errors.add(new SyntaxError(start(x), "expression in " + keyword + " must be function call"));
        return null;
    }

    private Stmt simple(SimpleStmtContext c) {
        Object r = simpleParts(c.children, false);
        if (r instanceof RangeClause rc) {
            syntaxError(rc.pos(), "unexpected range, expecting expression");
            return new Stmt.Bad(rc.pos());
        }
        return (Stmt) r;
    }

    /** A simple statement, or a RangeClause when allowRange; children of either simpleStmt rule. */
    private Object simpleParts(List<ParseTree> children, boolean allowRange) {
        List<Expr> lhs = List.of();
        Token op = null;
        List<Expr> rhs = new ArrayList<>();
        boolean range = false;
        Token rangeTok = null;
        for (ParseTree ch : children) {
            switch (ch) {
                case ExpressionListContext l -> { if (op == null) lhs = exprList(l); else rhs.addAll(exprList(l)); }
                case ExpressionListNCContext l -> { if (op == null) lhs = exprList(l); else rhs.addAll(exprList(l)); }
                case ExpressionContext e -> rhs.add(expr(e));
                case ExpressionNCContext e -> rhs.add(expr(e));
                case TerminalNode t when t.getSymbol().getType() == GoLexer.RANGE -> { range = true; rangeTok = t.getSymbol(); }
                case TerminalNode t -> op = t.getSymbol();
                default -> {}
            }
        }
        if (range) {
            boolean define = op != null && op.getType() == GoLexer.DEFINE;
            Pos p = pos(rangeTok);
            if (op != null && op.getType() == GoLexer.ASSIGN_OP) {
                syntaxError(pos(op), "unexpected " + op.getText() + ", expecting := or = or comma");
            }
            if (!allowRange) return new RangeClause(p, lhs, define, rhs.isEmpty() ? new Expr.Bad(p) : rhs.get(0));
            return new RangeClause(p, lhs, define, rhs.isEmpty() ? new Expr.Bad(p) : rhs.get(0));
        }
        if (op == null) {
            if (lhs.size() > 1) {
                Token next = ((ParserRuleContext) children.get(0)).getStop();
                syntaxError(start(lhs.get(lhs.size() - 1)), "unexpected comma, expecting := or = or comma");
            }
            Expr x = lhs.isEmpty() ? new Expr.Bad(Pos.NONE) : lhs.get(0);
            return new Stmt.ExprStmt(start(x), x);
        }
        Pos p = pos(op);
        return switch (op.getType()) {
            case GoLexer.INC, GoLexer.DEC -> new Stmt.IncDec(p, lhs.get(0), op.getType() == GoLexer.INC);
            case GoLexer.RECEIVE -> new Stmt.Send(p, lhs.get(0), rhs.get(0));
            case GoLexer.DEFINE -> new Stmt.Assign(p, lhs, true, null, rhs);
            case GoLexer.ASSIGN -> new Stmt.Assign(p, lhs, false, null, rhs);
            default -> {
                String t = op.getText();
                yield new Stmt.Assign(p, lhs, false, Op.binary(t.substring(0, t.length() - 1)), rhs);
            }
        };
    }

    private Object simpleNC(SimpleStmtNCContext c, boolean allowRange) {
        return c == null ? null : simpleParts(c.children, allowRange);
    }

    /** The header's parts: statements (or range clauses) and the semicolon tokens between them. */
    private record Header(List<Object> parts, List<Token> semis) {}

    private Header header(ParserRuleContext h, boolean allowRange) {
        List<Object> parts = new ArrayList<>();
        List<Token> semis = new ArrayList<>();
        parts.add(null);
        if (h.children != null) {
            for (ParseTree ch : h.children) {
                if (ch instanceof SimpleStmtNCContext s) parts.set(parts.size() - 1, simpleNC(s, allowRange));
                else if (tokenType(ch) == GoLexer.SEMI) {
                    semis.add(((TerminalNode) ch).getSymbol());
                    parts.add(null);
                }
            }
        }
        return new Header(parts, semis);
    }

    private String sourceOf(Object s) {
        return switch (s) {
            case Stmt.Assign a -> text(a.lhs()) + (a.define() ? " := " : a.op() == null ? " = " : " " + a.op().text + "= ") + text(a.rhs());
            case Stmt.IncDec i -> exprText(i.x()) + (i.inc() ? "++" : "--");
            case Stmt.Send snd -> exprText(snd.chan()) + " <- " + exprText(snd.value());
            default -> "statement";
        };
    }

    private String text(List<Expr> xs) {
        StringBuilder sb = new StringBuilder();
        for (Expr x : xs) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(exprText(x));
        }
        return sb.toString();
    }

    private String exprText(Expr x) {
        return ExprPrinter.print(x);
    }

    private Expr condOf(Object s) {
        if (s == null) return null;
        if (s instanceof Stmt.ExprStmt e) return e.x();
        if (s instanceof RangeClause rc) {
            syntaxError(rc.pos(), "unexpected range, expecting expression");
            return new Expr.Bad(rc.pos());
        }
        Stmt st = (Stmt) s;
        syntaxError(st.pos(), "cannot use " + sourceOf(s) + " as value");
        return new Expr.Bad(st.pos());
    }

    private Stmt initOf(Object s) {
        if (s instanceof RangeClause rc) {
            syntaxError(rc.pos(), "unexpected range, expecting expression");
            return new Stmt.Bad(rc.pos());
        }
        return (Stmt) s;
    }

    private Stmt ifStmt(IfStmtContext c) {
        Header h = header(c.header(), false);
        Stmt init = null;
        Expr cond;
        if (h.semis().isEmpty()) {
            cond = condOf(h.parts().get(0));
            if (cond == null) {
                syntaxError(pos(c.block(0).getStart()), "missing condition in if statement");
                cond = new Expr.Bad(pos(c.block(0).getStart()));
            }
        } else {
            init = initOf(h.parts().get(0));
            cond = condOf(h.parts().get(1));
            if (cond == null) {
                Token semi = h.semis().get(0);
                if (semi.getText().equals("newline")) {
                    errors.add(new SyntaxError(pos(semi), "syntax error: unexpected newline, expecting { after if clause"));
                } else {
                    syntaxError(pos(semi), "missing condition in if statement");
                }
                cond = new Expr.Bad(pos(semi));
            }
        }
        Stmt els = null;
        if (c.ifStmt() != null) els = ifStmt(c.ifStmt());
        else if (c.block().size() > 1) els = blockOf(c.block(1));
        return new Stmt.If(pos(c), init, cond, blockOf(c.block(0)), els);
    }

    private Stmt switchStmt(SwitchStmtContext c) {
        Header h = header(c.header(), false);
        Stmt init = null;
        Object tagStmt;
        if (h.semis().isEmpty()) {
            tagStmt = h.parts().get(0);
        } else {
            init = initOf(h.parts().get(0));
            tagStmt = h.parts().get(1);
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (CaseClauseContext cc : c.caseClause()) {
            List<Expr> list = cc.CASE() != null ? exprList(cc.expressionList()) : List.of();
            clauses.add(new Stmt.CaseClause(pos(cc), list, cc.DEFAULT() != null, stmtList(cc.statementList())));
        }
        Pos rbrace = pos(c.stop);
        if (tagStmt instanceof Stmt.Assign a && a.define() && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.rhs().get(0) instanceof Expr.TypeAssert ta && ta.type() == null && a.lhs().get(0) instanceof Expr.Ident id) {
            return new Stmt.TypeSwitch(pos(c), init, id, ta.x(), clauses, rbrace);
        }
        if (tagStmt instanceof Stmt.ExprStmt e && e.x() instanceof Expr.TypeAssert ta && ta.type() == null) {
            return new Stmt.TypeSwitch(pos(c), init, null, ta.x(), clauses, rbrace);
        }
        return new Stmt.Switch(pos(c), init, condOf(tagStmt), clauses, rbrace);
    }

    private Stmt selectStmt(SelectStmtContext c) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        for (CommClauseContext cc : c.commClause()) {
            Stmt comm = cc.simpleStmt() == null ? null : simple(cc.simpleStmt());
            clauses.add(new Stmt.CommClause(pos(cc), comm, stmtList(cc.statementList())));
        }
        return new Stmt.Select(pos(c), clauses);
    }

    private Stmt forStmt(ForStmtContext c) {
        Header h = header(c.forHeader(), true);
        Stmt.Block body = blockOf(c.block());
        Pos p = pos(c);
        if (h.semis().isEmpty()) {
            Object s = h.parts().get(0);
            if (s instanceof RangeClause rc) {
                List<Expr> lhs = rc.lhs();
                if (lhs.size() > 2) syntaxError(start(lhs.get(2)), "range clause permits at most two iteration variables");
                Expr key = lhs.size() > 0 ? lhs.get(0) : null;
                Expr value = lhs.size() > 1 ? lhs.get(1) : null;
                return new Stmt.Range(p, key, value, rc.define(), rc.x(), body);
            }
            return new Stmt.For(p, null, condOf(s), null, body);
        }
        Stmt init = initOf(h.parts().get(0));
        Expr cond = condOf(h.parts().size() > 1 ? h.parts().get(1) : null);
        Stmt post = h.parts().size() > 2 ? initOf(h.parts().get(2)) : null;
        if (post instanceof Stmt.Assign a && a.define()) {
            syntaxError(a.pos(), "cannot declare in post statement of for loop");
        }
        return new Stmt.For(p, init, cond, post, body);
    }
}
