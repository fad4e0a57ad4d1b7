package gojc.frontend.ast;

import gojc.frontend.diag.Pos;
import java.util.List;

/** Statements, as go/ast has them. Optional parts are null. */
public sealed interface Stmt extends Node {

    record Decl(Pos pos, gojc.frontend.ast.Decl.Gen decl) implements Stmt {}

    record Empty(Pos pos) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    record Send(Pos pos, Expr chan, Expr value) implements Stmt {}

    /** {@code x++} or {@code x--}. */
    record IncDec(Pos pos, Expr x, boolean inc) implements Stmt {}

    /**
     * {@code lhs = rhs}, {@code lhs := rhs} (define), or {@code x op= y} (op non-null, one operand
     * each side).
     */
    record Assign(Pos pos, List<Expr> lhs, boolean define, Op op, List<Expr> rhs) implements Stmt {}

    record Go(Pos pos, Expr.Call call) implements Stmt {}

    record Defer(Pos pos, Expr.Call call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    /** break, continue, goto, fallthrough; label may be null. */
    record Branch(Pos pos, BranchKind kind, Expr.Ident label) implements Stmt {}

    enum BranchKind { BREAK, CONTINUE, GOTO, FALLTHROUGH }

    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {}

    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {}

    /** One clause of a switch; list is empty for {@code default}. */
    record CaseClause(Pos pos, List<Expr> list, boolean isDefault, List<Stmt> body) implements Stmt {}

    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /**
     * {@code switch [init;] [x :=] y.(type) {...}}: binding is the declared name or null; subject is
     * y; each clause lists types ({@code nil} is an Ident).
     */
    record TypeSwitch(Pos pos, Stmt init, Expr.Ident binding, Expr subject, List<CaseClause> clauses, Pos rbrace)
            implements Stmt {}

    /** One clause of a select; comm is a Send, a receive ExprStmt, or an Assign; null for default. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) implements Stmt {}

    record Select(Pos pos, List<CommClause> clauses) implements Stmt {}

    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /** {@code for key, value := range x}; key/value may be null; define tells := from =. */
    record Range(Pos pos, Expr key, Expr value, boolean define, Expr x, Block body) implements Stmt {}

    record Bad(Pos pos) implements Stmt {}
}
