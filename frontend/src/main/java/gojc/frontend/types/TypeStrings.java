package gojc.frontend.types;

import java.util.StringJoiner;

/** Type strings as gc prints them in error messages and %T. */
public final class TypeStrings {
    private TypeStrings() {}

    private static final ThreadLocal<String> LOCAL_PKG = new ThreadLocal<>();

    /**
     * While checking a package, gc names that package's own types unqualified in error messages
     * ({@code T}, not {@code main.T}); null restores full qualification.
     */
    public static void setLocalPackage(String path) {
        if (path == null) LOCAL_PKG.remove(); else LOCAL_PKG.set(path);
    }

    /** The package whose types print unqualified, or null. */
    public static String localPackage() {
        return LOCAL_PKG.get();
    }

    static String named(Named n) {
        String pkg = n.obj().pkg();
        boolean local = pkg.equals(LOCAL_PKG.get());
        String base = pkg.isEmpty() || local ? n.obj().name() : lastElement(pkg) + "." + n.obj().name();
        if (n.typeArgs().isEmpty()) return base;
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (Type t : n.typeArgs()) j.add(t.toString());
        return base + j;
    }

    static String lastElement(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    static String struct(Type.Struct s) {
        StringJoiner j = new StringJoiner("; ", "struct{", "}");
        for (Type.Field f : s.fields()) {
            String tag = f.tag() == null || f.tag().isEmpty() ? "" : " " + quote(f.tag());
            j.add((f.embedded() ? f.type().toString() : f.name() + " " + f.type()) + tag);
        }
        return j.toString();
    }

    static String iface(Type.Interface t) {
        if (t.methods().isEmpty() && t.embedded().isEmpty() && t.terms().isEmpty()) return "interface {}";
        StringJoiner j = new StringJoiner("; ", "interface {", "}");
        for (Type.Method m : t.methods()) j.add(m.name() + signature(m.sig()));
        for (Type e : t.embedded()) j.add(e.toString());
        if (!t.terms().isEmpty()) {
            StringJoiner u = new StringJoiner(" | ");
            for (Type.Term term : t.terms()) u.add((term.tilde() ? "~" : "") + term.type());
            j.add(u.toString());
        }
        return j.toString().replace("{", "{ ").replace("}", " }").replace("interface { ", "interface {").replace(" }", "}");
    }

    public static String signature(Type.Signature s) {
        StringJoiner p = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < s.params().size(); i++) {
            Type t = s.params().get(i).type();
            if (s.variadic() && i == s.params().size() - 1 && t instanceof Type.Slice sl) p.add("..." + sl.elem());
            else p.add(t.toString());
        }
        if (s.results().isEmpty()) return p.toString();
        if (s.results().size() == 1 && s.results().get(0).name().isEmpty()) return p + " " + s.results().get(0).type();
        StringJoiner r = new StringJoiner(", ", "(", ")");
        for (Var v : s.results()) r.add(v.type().toString());
        return p + " " + r;
    }

    static String tuple(Type.Tuple t) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (Type e : t.types()) j.add(e.toString());
        return j.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
