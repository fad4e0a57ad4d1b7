package gojc.frontend.tree;

import gojc.frontend.types.Named;
import gojc.frontend.types.Var;
import java.util.List;

/**
 * One checked package. varInits are the package-level variable initialisations in Go's
 * dependency order; inits are the package's init() functions in source order; types are its
 * defined types (codegen makes classes for them).
 */
public record TPackage(String path, String name, List<Var> vars, List<VarInit> varInits, List<TFunc> funcs,
        List<TFunc> inits, List<Named> types) {

    /** {@code lhs... = rhs}: one value per variable, or one tuple-valued call for several. */
    public record VarInit(List<Var> lhs, List<TExpr> rhs) {}
}
