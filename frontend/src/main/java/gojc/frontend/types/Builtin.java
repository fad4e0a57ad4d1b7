package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/** A predeclared function: append, cap, len, make, new, panic, print, println, recover, … */
public record Builtin(BuiltinId id) implements Obj {
    public enum BuiltinId {
        APPEND, CAP, CLOSE, COMPLEX, COPY, DELETE, IMAG, LEN, MAKE, NEW, PANIC, PRINT, PRINTLN, REAL, RECOVER,
        // Go 1.21 (only under -lang=go1.21 or later)
        CLEAR, MIN, MAX
    }

    @Override public String name() { return id.name().toLowerCase(); }
    @Override public Pos pos() { return Pos.NONE; }
    @Override public String pkg() { return ""; }
    @Override public Type type() { return null; }
}
