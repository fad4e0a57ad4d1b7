package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/**
 * A variable: package-level, local, parameter, result, or struct field. The checker sets captured
 * when a closure refers to a local from an enclosing function, and addressTaken when {@code &v} is
 * applied (directly or by a method call needing a pointer receiver): such locals live in cells.
 */
public final class Var implements Obj {
    public enum Kind { PACKAGE, LOCAL, PARAM, RESULT, FIELD, RECEIVER }

    private final String name;
    private final Pos pos;
    private final String pkg;
    private Type type;
    private final Kind kind;
    private boolean used;
    private boolean captured;
    private boolean addressTaken;

    public Var(String name, Pos pos, String pkg, Type type, Kind kind) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
        this.kind = kind;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public String pkg() { return pkg; }
    @Override public Type type() { return type; }
    public void setType(Type t) { this.type = t; }
    public Kind kind() { return kind; }
    public boolean used() { return used; }
    public void markUsed() { used = true; }
    public boolean captured() { return captured; }
    public void markCaptured() { captured = true; }
    public boolean addressTaken() { return addressTaken; }
    public void markAddressTaken() { addressTaken = true; }

    /** Whether the variable must live in a heap cell (shared by closures or pointed to). */
    public boolean inCell() {
        return kind != Kind.PACKAGE && kind != Kind.FIELD && (captured || addressTaken);
    }

    @Override
    public String toString() {
        return "var " + name + " " + type;
    }
}
