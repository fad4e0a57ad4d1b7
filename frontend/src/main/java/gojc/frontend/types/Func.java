package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/**
 * A declared function or method (its type is a Signature with recv set for methods). external
 * marks a body-less declaration of the standard library, bound to a Java static method.
 */
public final class Func implements Obj {
    private final String name;
    private final Pos pos;
    private final String pkg;
    private Type.Signature type;
    private boolean external;

    public Func(String name, Pos pos, String pkg, Type.Signature type) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public String pkg() { return pkg; }
    @Override public Type.Signature type() { return type; }
    public void setType(Type.Signature t) { this.type = t; }
    public boolean external() { return external; }
    public void markExternal() { external = true; }

    public boolean isMethod() {
        return type != null && type.recv() != null;
    }
}
