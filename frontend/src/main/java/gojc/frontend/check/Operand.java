package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.constant.Value;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Builtin;
import gojc.frontend.types.Type;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import java.util.List;

/**
 * The result of checking an expression, as go/types' operand: a mode saying what kind of thing it
 * is, its type, its exact value if constant, and the typed tree built for it. A constant's tree is
 * built only once its final type is known (see {@link Assign#convertUntyped}).
 */
final class Operand {
    enum Mode {
        INVALID("invalid operand"), NOVALUE("no value"), BUILTIN("built-in"), TYPEXPR("type"),
        CONSTANT("constant"), VARIABLE("variable"), MAPINDEX("map index expression"), VALUE("value"),
        COMMAOK("comma, ok expression");

        final String text;

        Mode(String text) { this.text = text; }
    }

    Mode mode;
    Expr expr;
    Type type;
    Value val;
    TExpr tx;
    Builtin builtin;
    /** A generic function not yet instantiated. */
    gojc.frontend.types.Func generic;
    /** The leading type arguments given explicitly to generic (the rest are to be inferred), or null. */
    List<Type> targs;
    /** Where each of targs was written. */
    List<gojc.frontend.diag.Pos> targPos;

    Operand(Mode mode, Expr expr, Type type) {
        this.mode = mode;
        this.expr = expr;
        this.type = type;
    }

    static Operand invalid(Expr e) {
        return new Operand(Mode.INVALID, e, Universe.INVALID);
    }

    static Operand constant(Expr e, Type t, Value v) {
        Operand o = new Operand(Mode.CONSTANT, e, t);
        o.val = v;
        return o;
    }

    static Operand value(Expr e, TExpr tx) {
        Operand o = new Operand(Mode.VALUE, e, tx.type());
        o.tx = tx;
        return o;
    }

    static Operand of(Mode m, Expr e, TExpr tx) {
        Operand o = new Operand(m, e, tx.type());
        o.tx = tx;
        return o;
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    boolean isConst() {
        return mode == Mode.CONSTANT;
    }

    boolean isNil() {
        return mode == Mode.VALUE && Types.isNil(type);
    }

    void setInvalid() {
        mode = Mode.INVALID;
        type = Universe.INVALID;
    }

    /** The operand as gc describes it: {@code x (variable of type int)}, {@code 300 (untyped int constant)}. */
    String describe() {
        String expr = this.expr == null ? "" : ExprString.of(this.expr);
        if (isNil()) return "nil";
        StringBuilder sb = new StringBuilder();
        if (!expr.isEmpty()) sb.append(expr).append(" (");
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {}
            default -> {
                if (type != null) {
                    if (Types.isUntyped(type)) sb.append(((Type.Basic) type).name()).append(' ');
                    else hasType = true;
                }
            }
        }
        sb.append(mode.text);
        if (mode == Mode.CONSTANT && val != null) {
            String s = val.toString();
            if (!s.equals(expr)) sb.append(' ').append(s);
        }
        if (hasType) {
            if (type instanceof gojc.frontend.types.TypeParam tp) {
                sb.append(" of type ").append(type).append(" constrained by ")
                        .append(tp.constraint() == gojc.frontend.types.Universe.ANY ? "any" : tp.constraint());
            } else if (Types.kind(type) != BasicKind.INVALID) sb.append(" of type ").append(type);
            else sb.append(" with invalid type");
        }
        if (!expr.isEmpty()) sb.append(')');
        return sb.toString();
    }
}
