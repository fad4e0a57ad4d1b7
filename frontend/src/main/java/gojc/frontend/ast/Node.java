package gojc.frontend.ast;

import gojc.frontend.diag.Pos;

/**
 * The syntax tree, shaped like Go's go/ast: types are expressions (so {@code []byte(s)} parses as a
 * call), every node carries the position gc would report for it. Nodes are immutable records; the
 * checker keeps what it learns in side tables keyed by node identity, never in the tree.
 */
public sealed interface Node extends java.io.Serializable permits Expr, Stmt, Decl, Spec, Field, File {
    Pos pos();
}
