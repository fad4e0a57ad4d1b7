package gojc.frontend.tree;

import java.util.List;

/** A whole program: every package, dependencies before dependents, main last. */
public record TProgram(List<TPackage> packages) {
    public TPackage main() {
        return packages.get(packages.size() - 1);
    }
}
