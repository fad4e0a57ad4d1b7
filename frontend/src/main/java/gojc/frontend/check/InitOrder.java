package gojc.frontend.check;

import gojc.frontend.tree.TPackage;
import gojc.frontend.types.Func;
import gojc.frontend.types.Obj;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Package-level variable initialisation order (spec "Package initialization"; go/types
 * initorder.go): a depth-first walk over the references of variables and functions, taking
 * variables in declaration order and emitting each after everything it depends on. A cycle
 * through a variable is gc's "initialization loop".
 */
final class InitOrder {
    private final PkgChecker c;
    private final List<TPackage.VarInit> out = new ArrayList<>();
    private final Set<TPackage.VarInit> emitted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Obj> done = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Obj> stack = new ArrayList<>();
    private final Set<Obj> reported = new HashSet<>();

    private InitOrder(PkgChecker c) {
        this.c = c;
    }

    static List<TPackage.VarInit> order(PkgChecker c) {
        InitOrder o = new InitOrder(c);
        for (Var v : c.vars) o.visit(v);
        return o.out;
    }

    private void visit(Obj o) {
        if (done.contains(o)) return;
        int at = stack.indexOf(o);
        if (at >= 0) {
            List<Obj> cycle = stack.subList(at, stack.size());
            if (cycle.stream().anyMatch(x -> x instanceof Var) && cycle.stream().noneMatch(reported::contains)) {
                reported.addAll(cycle);
                Obj first = cycle.stream().filter(x -> x instanceof Var).findFirst().orElse(o);
                int i = cycle.indexOf(first);
                StringBuilder sb = new StringBuilder("initialization loop for " + first.name());
                for (int k = 0; k < cycle.size(); k++) {
                    Obj x = cycle.get((i + k) % cycle.size());
                    sb.append("\n\t").append(x.pos()).append(": ").append(x.name()).append(" refers to");
                }
                sb.append("\n\t").append(first.pos()).append(": ").append(first.name());
                c.error(first.pos(), sb.toString());
            }
            return;
        }
        stack.add(o);
        for (Obj d : c.deps.getOrDefault(o, Set.of())) {
            if ((d instanceof Var || d instanceof Func) && c.decls.containsKey(d)) visit(d);
        }
        stack.remove(stack.size() - 1);
        done.add(o);
        if (o instanceof Var v) {
            TPackage.VarInit init = c.varInits.get(v);
            if (init != null && emitted.add(init)) out.add(init);
        }
    }
}
