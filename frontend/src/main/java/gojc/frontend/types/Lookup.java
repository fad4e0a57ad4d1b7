package gojc.frontend.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Selector lookup and method sets (spec "Selectors", "Method sets", "Struct types" on promotion):
 * a breadth-first search over embedded fields, depth by depth, so the shallowest name wins and two
 * at the same depth are ambiguous.
 */
public final class Lookup {
    private Lookup() {}

    /** What a selector denotes. path lists the embedded fields walked through, outermost first. */
    public sealed interface Selection {
        List<Type.Field> path();

        /** Whether a pointer was followed on the way (the receiver or an embedded pointer). */
        boolean indirect();
    }

    public record FieldSel(Type.Field field, List<Type.Field> path, boolean indirect) implements Selection {}

    public record MethodSel(Func method, List<Type.Field> path, boolean indirect) implements Selection {}

    public record IfaceMethodSel(Type.Method method, List<Type.Field> path, boolean indirect) implements Selection {}

    /** Two or more candidates at the shallowest depth. */
    public record Ambiguous(List<Type.Field> path, boolean indirect) implements Selection {}

    private record Entry(Type type, List<Type.Field> path, boolean indirect) {}

    /** Looks up name in t (or *t); pkg is the requesting package (for unexported names). Null if absent. */
    public static Selection lookup(Type t, String name, String pkg) {
        boolean indirect = false;
        boolean fieldsOnly = false;
        if (t.underlying() == null) return null;
        if (t instanceof Type.Pointer p && !(p.elem().underlying() instanceof Type.Interface)) {
            t = p.elem();
            indirect = true;
        } else if (t instanceof Named && t.underlying() instanceof Type.Pointer p) {
            // a defined pointer type: x.f means (*x).f for fields only
            t = p.elem();
            indirect = true;
            fieldsOnly = true;
        }
        List<Entry> current = List.of(new Entry(t, List.of(), indirect));
        Set<Named> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Entry> next = new ArrayList<>();
            List<Selection> found = new ArrayList<>();
            for (Entry e : current) {
                Type typ = e.type;
                if (typ instanceof Named n) {
                    if (!seen.add(n)) continue;
                    for (Func m : n.methods()) {
                        if (sameName(m.name(), m.pkg(), name, pkg)) found.add(new MethodSel(m, e.path, e.indirect));
                    }
                }
                if (typ.underlying() == null) continue;
                switch (typ.underlying()) {
                    case Type.Struct s -> {
                        for (Type.Field f : s.fields()) {
                            if (sameName(f.name(), f.pkg(), name, pkg)) {
                                found.add(new FieldSel(f, e.path, e.indirect));
                            } else if (f.embedded()) {
                                Type ft = f.type();
                                boolean ind = e.indirect;
                                if (ft instanceof Type.Pointer p) { ft = p.elem(); ind = true; }
                                List<Type.Field> path = new ArrayList<>(e.path);
                                path.add(f);
                                next.add(new Entry(ft, path, ind));
                            }
                        }
                    }
                    case Type.Interface i -> {
                        for (Type.Method m : interfaceMethods(i)) {
                            if (sameName(m.name(), m.pkg(), name, pkg)) found.add(new IfaceMethodSel(m, e.path, e.indirect));
                        }
                    }
                    default -> {}
                }
            }
            if (found.size() == 1) return fieldsOnly && !(found.get(0) instanceof FieldSel) ? null : found.get(0);
            if (found.size() > 1) return new Ambiguous(found.get(0).path(), found.get(0).indirect());
            current = next;
        }
        return null;
    }

    private static boolean sameName(String a, String apkg, String b, String bpkg) {
        if (!a.equals(b)) return false;
        if (a.isEmpty() || Character.isUpperCase(a.codePointAt(0))) return true;
        return apkg.equals(bpkg);
    }

    /** The complete method set of an interface (explicit and embedded), sorted by name. */
    public static List<Type.Method> interfaceMethods(Type.Interface t) {
        Map<String, Type.Method> all = new LinkedHashMap<>();
        collect(t, all, new HashSet<>());
        List<Type.Method> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparing(Type.Method::name));
        return list;
    }

    private static void collect(Type.Interface t, Map<String, Type.Method> all, Set<Type> seen) {
        for (Type.Method m : t.methods()) all.putIfAbsent(m.name(), m);
        for (Type e : t.embedded()) {
            if (!seen.add(e)) continue;
            if (e.underlying() instanceof Type.Interface ei) collect(ei, all, seen);
        }
    }

    /** The receiver of a method is a pointer. */
    public static boolean pointerRecv(Func m) {
        return m.type() != null && m.type().recv() != null && m.type().recv().type() instanceof Type.Pointer;
    }

    /** Why v does not implement iface, or null if it does. */
    public record Missing(Type.Method method, boolean wrongType, boolean pointerRecv) {}

    public static Missing missingMethod(Type v, Type.Interface iface) {
        for (Type.Method m : interfaceMethods(iface)) {
            Selection s = lookup(v, m.name(), m.pkg());
            switch (s) {
                case IfaceMethodSel im -> {
                    if (!Types.identicalSigs(im.method().sig(), m.sig())) return new Missing(m, true, false);
                }
                case MethodSel ms -> {
                    if (ms.method().type() == null || !Types.identicalSigs(ms.method().type(), m.sig())) {
                        return new Missing(m, true, false);
                    }
                    boolean vIsPtr = v.underlying() instanceof Type.Pointer && !(v instanceof Named);
                    if (pointerRecv(ms.method()) && !vIsPtr && !ms.indirect()) return new Missing(m, false, true);
                }
                case null, default -> { return new Missing(m, false, false); }
            }
        }
        return null;
    }
}
