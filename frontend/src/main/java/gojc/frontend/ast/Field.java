package gojc.frontend.ast;

import gojc.frontend.diag.Pos;
import java.util.List;

/**
 * A field, parameter, result, method or type-parameter declaration: zero or more names sharing one
 * type. tag is the raw struct tag literal or null; embedded struct fields have no names.
 */
public record Field(Pos pos, List<Expr.Ident> names, Expr type, Expr.BasicLit tag) implements Node {}
