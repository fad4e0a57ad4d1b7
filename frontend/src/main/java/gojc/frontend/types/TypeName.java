package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/** A type's name: a defined type, an alias, a type parameter, or a predeclared type. */
public final class TypeName implements Obj {
    private final String name;
    private final Pos pos;
    private final String pkg;
    private Type type;

    public TypeName(String name, Pos pos, String pkg, Type type) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public String pkg() { return pkg; }
    @Override public Type type() { return type; }
    public void setType(Type t) { this.type = t; }
}
