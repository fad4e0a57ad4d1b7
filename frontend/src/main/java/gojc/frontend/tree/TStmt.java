package gojc.frontend.tree;

import gojc.frontend.ast.Op;
import gojc.frontend.diag.Pos;
import gojc.frontend.types.Label;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.List;

/**
 * Typed statements. Scoping is already resolved (each variable is its own Var object), so blocks
 * only group. Every loop, switch and select has a Label (synthesized when the source has none);
 * break and continue name their target's Label. Init statements of if/for/switch are hoisted into
 * an enclosing Block; x++ is an OpAssign; {@code :=} is VarDecl (plus Assign for reused names).
 */
public sealed interface TStmt {
    Pos pos();

    record Block(Pos pos, List<TStmt> stmts) implements TStmt {}

    record ExprStmt(Pos pos, TExpr x) implements TStmt {}

    /** Declares a local; init null means the zero value. */
    record VarDecl(Pos pos, Var var, TExpr init) implements TStmt {}

    /**
     * Parallel assignment {@code a, b = x, y}: all index operands and values are evaluated first,
     * then stored left to right. A null lhs element is the blank identifier.
     */
    record Assign(Pos pos, List<TExpr> lhs, List<TExpr> rhs) implements TStmt {}

    /** {@code a, b = f()} (or a comma-ok form): rhs has a Tuple type; null lhs elements are blanks. */
    record AssignTuple(Pos pos, List<TExpr> lhs, TExpr rhs) implements TStmt {}

    /** {@code x op= y}; x is evaluated once. For shifts y may have another integer type. */
    record OpAssign(Pos pos, TExpr lhs, Op op, TExpr rhs) implements TStmt {}

    record If(Pos pos, TExpr cond, Block then, TStmt els) implements TStmt {}

    /** {@code for cond { body; post }}; cond null means forever. */
    record For(Pos pos, Label label, TExpr cond, TStmt post, Block body) implements TStmt {}

    /**
     * {@code for key, value = range x}: key and value are assignable expressions or null (the checker
     * declares the variables of {@code :=} before the loop, as Go 1.19 does).
     */
    record Range(Pos pos, Label label, TExpr key, TExpr value, TExpr x, Block body) implements TStmt {}

    /**
     * An expression switch: tag is evaluated once (null means {@code true}); case values already
     * have the tag's type or are comparisons against it as Go defines.
     */
    record Switch(Pos pos, Label label, TExpr tag, List<Case> cases) implements TStmt {}

    /** values is empty for default; fallthrough when the body ends in fallthrough. */
    record Case(Pos pos, List<TExpr> values, boolean isDefault, Block body, boolean fallthrough) {}

    /** A type switch; binding (may be null) is declared per clause as clauseVars.get(i). */
    record TypeSwitch(Pos pos, Label label, TExpr subject, List<TypeCase> cases) implements TStmt {}

    /** types holds null for the {@code nil} case; var is the clause's binding or null. */
    record TypeCase(Pos pos, List<Type> types, boolean isDefault, Var var, Block body) {}

    record Select(Pos pos, Label label, List<CommCase> cases) implements TStmt {}

    /**
     * One select case: send (chan, value), or receive (chan, into lhs assignables or new vars), or
     * default (chan null).
     */
    record CommCase(Pos pos, boolean isDefault, boolean isSend, TExpr chan, TExpr value, List<TExpr> recvLhs,
            List<Var> recvDecl, Block body) {}

    record Send(Pos pos, TExpr chan, TExpr value) implements TStmt {}

    /** return; results are the values (a bare return in a function with named results lists them). */
    record Return(Pos pos, List<TExpr> results) implements TStmt {}

    /** A return of a multi-valued call {@code return f()}. */
    record ReturnTuple(Pos pos, TExpr call) implements TStmt {}

    record Break(Pos pos, Label target) implements TStmt {}

    record Continue(Pos pos, Label target) implements TStmt {}

    record Goto(Pos pos, Label target) implements TStmt {}

    /** A label on a statement that is not a loop/switch/select (a goto target). */
    record Labeled(Pos pos, Label label, TStmt stmt) implements TStmt {}

    /** go call: the callee and arguments are evaluated now, the call runs in a new goroutine. */
    record Go(Pos pos, TExpr call) implements TStmt {}

    /** defer call: the callee and arguments are evaluated now, the call runs at function exit. */
    record Defer(Pos pos, TExpr call) implements TStmt {}
}
