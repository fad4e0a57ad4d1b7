package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/** The predeclared {@code nil}. */
public record Nil(Type type) implements Obj {
    @Override public String name() { return "nil"; }
    @Override public Pos pos() { return Pos.NONE; }
    @Override public String pkg() { return ""; }
}
