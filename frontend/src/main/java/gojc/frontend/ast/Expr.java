package gojc.frontend.ast;

import gojc.frontend.diag.Pos;
import java.util.List;

/** Expressions, including type expressions (Go's grammar does not separate them). */
public sealed interface Expr extends Node {

    /** A name. {@code _} is an Ident too. */
    record Ident(Pos pos, String name) implements Expr {}

    /** A literal token: kind is INT, FLOAT, IMAG, CHAR or STRING; text is the source spelling. */
    record BasicLit(Pos pos, LitKind kind, String text) implements Expr {}

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /** {@code T{elts}}; type is null for elided types inside another composite literal. */
    record CompositeLit(Pos pos, Expr type, List<Expr> elts, Pos rbrace) implements Expr {}

    /** {@code key: value} inside a composite literal. */
    record KeyValue(Pos pos, Expr key, Expr value) implements Expr {}

    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {}

    record Paren(Pos pos, Expr x) implements Expr {}

    /** {@code x.sel}: pos is the position of the selector name, as gc reports it. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {}

    /** {@code x[i]} or, for generic instantiation, {@code x[T1, T2]}. */
    record Index(Pos pos, Expr x, List<Expr> indices) implements Expr {}

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]}; absent parts are null. */
    record SliceExpr(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean slice3) implements Expr {}

    /** {@code x.(T)}; type is null in a type switch guard {@code x.(type)}. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {}

    /** {@code fun(args)}; hasEllipsis for {@code f(xs...)}. */
    record Call(Pos pos, Expr fun, List<Expr> args, boolean hasEllipsis, Pos rparen) implements Expr {}

    /** {@code *x}: a dereference or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** A unary operation: + - ! ^ & <- and, in constraints, ~. */
    record Unary(Pos pos, Op op, Expr x) implements Expr {}

    record Binary(Pos pos, Op op, Expr x, Expr y) implements Expr {}

    // ---- type expressions ----

    /** {@code [len]elt}; len is null for a slice type, an Ellipsis for {@code [...]T}. */
    record ArrayType(Pos pos, Expr len, Expr elt) implements Expr {}

    /** {@code ...T} in a parameter list, or {@code [...]} as an array length (elt null). */
    record Ellipsis(Pos pos, Expr elt) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** typeParams is empty unless the function declares type parameters. */
    record FuncType(Pos pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {}

    /**
     * {@code interface{...}}: methods are Fields with one name and a FuncType; embedded elements
     * (types, unions, ~T terms) are Fields with no names.
     */
    record InterfaceType(Pos pos, List<Field> elems) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }

    /** A syntax error placeholder, so the builder never returns null for a required expression. */
    record Bad(Pos pos) implements Expr {}
}
