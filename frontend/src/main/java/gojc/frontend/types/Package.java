package gojc.frontend.types;

import java.util.ArrayList;
import java.util.List;

/** A checked package: its import path, name, package scope and imports. */
public final class Package {
    private final String path;
    private final String name;
    private final Scope scope;
    private final List<Package> imports = new ArrayList<>();

    public Package(String path, String name, Scope scope) {
        this.path = path;
        this.name = name;
        this.scope = scope;
    }

    public String path() { return path; }
    public String name() { return name; }
    public Scope scope() { return scope; }
    public List<Package> imports() { return imports; }

    @Override
    public String toString() {
        return "package " + path;
    }
}
