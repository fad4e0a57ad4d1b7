package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/** A statement label. */
public final class Label implements Obj {
    private final String name;
    private final Pos pos;
    private boolean used;

    public Label(String name, Pos pos) {
        this.name = name;
        this.pos = pos;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public String pkg() { return ""; }
    @Override public Type type() { return null; }
    public boolean used() { return used; }
    public void markUsed() { used = true; }
}
