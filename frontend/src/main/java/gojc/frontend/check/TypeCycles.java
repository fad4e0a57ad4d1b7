package gojc.frontend.check;

import gojc.frontend.types.Named;
import gojc.frontend.types.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Invalid recursive types (go/types validtype.go): a defined type may refer to itself only through
 * a pointer, slice, map, channel, function or interface, never by containing itself as a struct
 * field or array element (it would have infinite size).
 */
final class TypeCycles {
    private final PkgChecker c;
    private final Set<Named> done = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Named> path = new ArrayList<>();

    private TypeCycles(PkgChecker c) {
        this.c = c;
    }

    static void check(PkgChecker c) {
        TypeCycles t = new TypeCycles(c);
        for (Named n : new ArrayList<>(c.types)) t.visit(n);
    }

    private void visit(Type t) {
        switch (t) {
            case Named n -> {
                if (done.contains(n)) return;
                int at = path.indexOf(n);
                if (at >= 0) {
                    report(path.subList(at, path.size()));
                    return;
                }
                if (!n.obj().pkg().equals(c.path)) return;
                path.add(n);
                if (n.underlying() != null) visit(n.underlying());
                path.remove(path.size() - 1);
                done.add(n);
            }
            case Type.Struct s -> { for (Type.Field f : s.fields()) visit(f.type()); }
            case Type.Array a -> visit(a.elem());
            default -> {}
        }
    }

    private void report(List<Named> cycle) {
        Named first = cycle.get(0);
        StringBuilder sb = new StringBuilder("invalid recursive type " + first.obj().name());
        for (Named n : cycle) sb.append("\n\t").append(n.obj().pos()).append(": ").append(n.obj().name()).append(" refers to");
        sb.append("\n\t").append(first.obj().pos()).append(": ").append(first.obj().name());
        c.error(first.obj().pos(), sb.toString());
        for (Named n : cycle) {
            n.setUnderlying(gojc.frontend.types.Universe.INVALID);
            done.add(n);
        }
    }
}
