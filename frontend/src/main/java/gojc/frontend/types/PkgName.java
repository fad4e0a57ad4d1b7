package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/** An imported package's name in a file scope. */
public final class PkgName implements Obj {
    private final String name;
    private final Pos pos;
    private final String pkg;
    private final Package imported;
    private boolean used;

    public PkgName(String name, Pos pos, String pkg, Package imported) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.imported = imported;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public String pkg() { return pkg; }
    @Override public Type type() { return null; }
    public Package imported() { return imported; }
    public boolean used() { return used; }
    public void markUsed() { used = true; }
}
