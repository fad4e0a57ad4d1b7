package gojc.frontend.check;

import gojc.frontend.tree.TPackage;
import gojc.frontend.types.Func;
import gojc.frontend.types.Obj;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level variable initialisation order (spec "Package initialization"; go/types
 * initorder.go): variables in declaration order, each preceded by the variables it depends on,
 * directly or through the functions it references.
 */
final class InitOrder {
    private InitOrder() {}

    static List<TPackage.VarInit> order(PkgChecker c) {
        List<TPackage.VarInit> out = new ArrayList<>();
        Set<TPackage.VarInit> emitted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Obj> visiting = new HashSet<>();
        for (Var v : c.vars) visit(c, v, out, emitted, visiting);
        return out;
    }

    private static void visit(PkgChecker c, Var v, List<TPackage.VarInit> out, Set<TPackage.VarInit> emitted, Set<Obj> visiting) {
        TPackage.VarInit init = c.varInits.get(v);
        if (init == null || emitted.contains(init)) return;
        if (!visiting.add(v)) {
            c.error(v.pos(), "initialization cycle or invalid recursive reference");
            return;
        }
        for (Var dep : varDeps(c, v)) if (dep != v) visit(c, dep, out, emitted, visiting);
        visiting.remove(v);
        if (emitted.add(init)) out.add(init);
    }

    /** The package variables v depends on, through any chain of functions. */
    private static List<Var> varDeps(PkgChecker c, Obj root) {
        List<Var> out = new ArrayList<>();
        Set<Obj> seen = new HashSet<>();
        List<Obj> work = new ArrayList<>(c.deps.getOrDefault(root, Set.of()));
        Map<Obj, Boolean> unused = new IdentityHashMap<>();
        while (!work.isEmpty()) {
            Obj o = work.remove(0);
            if (!seen.add(o)) continue;
            if (o instanceof Var dv) out.add(dv);
            else if (o instanceof Func) work.addAll(c.deps.getOrDefault(o, Set.of()));
        }
        return out;
    }
}
