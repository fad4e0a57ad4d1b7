package gojc.frontend.types;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical scope: names declared in it, and the enclosing scope. */
public final class Scope {
    private final Scope parent;
    private final Map<String, Obj> names = new LinkedHashMap<>();
    private final boolean funcScope;

    public Scope(Scope parent, boolean funcScope) {
        this.parent = parent;
        this.funcScope = funcScope;
    }

    public Scope parent() { return parent; }
    public boolean isFuncScope() { return funcScope; }
    public Map<String, Obj> names() { return names; }

    /** Declares obj; returns the object already declared under that name in this scope, or null. */
    public Obj insert(Obj obj) {
        Obj old = names.get(obj.name());
        if (old != null) return old;
        names.put(obj.name(), obj);
        return null;
    }

    public Obj lookupLocal(String name) {
        return names.get(name);
    }

    /** Looks the name up here and in enclosing scopes. */
    public Obj lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.names.get(name);
            if (o != null) return o;
        }
        return null;
    }
}
