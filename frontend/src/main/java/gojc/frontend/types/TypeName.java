package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/** A type's name: a defined type, an alias, a type parameter, or a predeclared type. */
public final class TypeName implements Obj {
    private final String name;
    private final Pos pos;
    private final String pkg;
    private Type type;
    private int localIndex;

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

    /**
     * For a type declared inside a function: its number among the package's types of the same
     * name (1, 2, ...), so that each gets a distinct run-time identity; 0 for a package-level type.
     */
    public int localIndex() { return localIndex; }
    public void setLocalIndex(int i) { this.localIndex = i; }
}
