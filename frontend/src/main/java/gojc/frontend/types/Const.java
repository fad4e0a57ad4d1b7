package gojc.frontend.types;

import gojc.frontend.constant.Value;
import gojc.frontend.diag.Pos;

/** A declared constant with its exact value. */
public final class Const implements Obj {
    private final String name;
    private final Pos pos;
    private final String pkg;
    private Type type;
    private Value value;

    public Const(String name, Pos pos, String pkg, Type type, Value value) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
        this.value = value;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public String pkg() { return pkg; }
    @Override public Type type() { return type; }
    public void setType(Type t) { this.type = t; }
    public Value value() { return value; }
    public void setValue(Value v) { this.value = v; }
}
