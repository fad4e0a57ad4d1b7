package gojc.frontend.ast;

/** Go's operators, with their spelling and binary precedence (0 for unary-only operators). */
public enum Op {
    LOR("||", 1), LAND("&&", 2),
    EQL("==", 3), NEQ("!=", 3), LSS("<", 3), LEQ("<=", 3), GTR(">", 3), GEQ(">=", 3),
    ADD("+", 4), SUB("-", 4), OR("|", 4), XOR("^", 4),
    MUL("*", 5), QUO("/", 5), REM("%", 5), SHL("<<", 5), SHR(">>", 5), AND("&", 5), AND_NOT("&^", 5),
    NOT("!", 0), ARROW("<-", 0), TILDE("~", 0);

    public final String text;
    public final int precedence;

    Op(String text, int precedence) {
        this.text = text;
        this.precedence = precedence;
    }

    /** The binary operator spelled {@code text}, or null. */
    public static Op binary(String text) {
        for (Op op : values()) if (op.precedence > 0 && op.text.equals(text)) return op;
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
