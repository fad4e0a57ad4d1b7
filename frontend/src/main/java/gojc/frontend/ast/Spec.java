package gojc.frontend.ast;

import gojc.frontend.diag.Pos;
import java.util.List;

/** The specs inside a GenDecl. */
public sealed interface Spec extends Node {

    /** {@code import name "path"}; name is null, an Ident, {@code .} or {@code _}. path is unquoted. */
    record Import(Pos pos, Expr.Ident name, String path) implements Spec {}

    /**
     * A const or var spec. For consts, type and values may be omitted (repeat the previous spec's);
     * iota is the spec's index in its group.
     */
    record Value(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) implements Spec {}

    /** {@code type Name[P any] T} or, with alias, {@code type Name = T}. */
    record Type(Pos pos, Expr.Ident name, List<Field> typeParams, boolean alias, Expr type) implements Spec {}
}
