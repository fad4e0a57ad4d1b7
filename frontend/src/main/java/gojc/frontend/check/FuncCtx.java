package gojc.frontend.check;

import gojc.frontend.types.Label;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Per-function state while checking a body: its signature, the locals it declares (for "declared
 * but not used" and closure capture), the variables it captures from enclosing functions, labels,
 * and whether it defers or recovers. Function literals get their own context whose parent is the
 * enclosing one.
 */
final class FuncCtx {
    final FuncCtx parent;
    final String name;
    final Type.Signature sig;
    final List<Var> results;
    final List<Var> locals = new ArrayList<>();
    final LinkedHashSet<Var> captured = new LinkedHashSet<>();
    final Map<String, Label> labels = new HashMap<>();
    /** Violations of the goto rules in this body, reported when the goto is checked. */
    Map<gojc.frontend.ast.Stmt.Branch, String> gotoErrors = Map.of();
    boolean hasDefer;
    boolean hasRecover;
    int funcLits;

    FuncCtx(FuncCtx parent, String name, Type.Signature sig, List<Var> results) {
        this.parent = parent;
        this.name = name;
        this.sig = sig;
        this.results = results;
    }

    /** gc's name for the next function literal inside this function: main.func1, main.func1.1 … */
    String nextLitName() {
        funcLits++;
        return parent == null ? name + ".func" + funcLits : name + "." + funcLits;
    }
}
