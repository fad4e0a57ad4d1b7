package gojc.frontend.ast;

import gojc.frontend.diag.Pos;
import java.util.List;

/** Top-level declarations. */
public sealed interface Decl extends Node {

    /** {@code import}, {@code const}, {@code type} or {@code var}, grouped or not. */
    record Gen(Pos pos, GenKind kind, List<Spec> specs) implements Decl {}

    enum GenKind { IMPORT, CONST, TYPE, VAR }

    /** A function or method; recv is null for functions, body null for bodyless declarations. */
    record Func(Pos pos, Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body) implements Decl {}

    record Bad(Pos pos) implements Decl {}
}
