// Reads the type encodings of docs/abi.md "Type descriptors" (a prefix code, one letter per type
// constructor, strings length-prefixed) into canonical GoType instances of one Universe.
package gojc.runtime.type;

import gojc.runtime.type.GoType.Field;
import gojc.runtime.type.GoType.Kind;
import java.util.List;
import java.util.Set;

final class Parser {
    private final GoType.Universe u;
    private final String s;
    private int i;

    Parser(GoType.Universe u, String s) {
        this.u = u;
        this.s = s;
    }

    /** Parses one type at the current position; structural types are interned by their encoding. */
    GoType type() {
        int start = i;
        char c = s.charAt(i++);
        GoType t;
        switch (c) {
            case 'b' -> {
                return GoType.basicNamed(upTo(';'));
            }
            case 'n' -> {
                return u.ofClass(u.load(upTo(';')));
            }
            case 'f' -> t = new GoType(Kind.FUNC, str(), s.substring(start, i), u);
            case 'i' -> {
                String str = str();
                String ms = str();
                t = new GoType(Kind.INTERFACE, str, s.substring(start, i), u);
                t.ifaceMethods = ms.isEmpty() ? List.of() : List.of(ms.split(","));
            }
            case '*' -> {
                GoType e = type();
                t = new GoType(Kind.POINTER, "*" + e.str, s.substring(start, i), u);
                t.elem = e;
            }
            case '[' -> {
                GoType e = type();
                t = new GoType(Kind.SLICE, "[]" + e.str, s.substring(start, i), u);
                t.elem = e;
            }
            case 'a' -> {
                long n = Long.parseLong(upTo(';'));
                GoType e = type();
                t = new GoType(Kind.ARRAY, "[" + n + "]" + e.str, s.substring(start, i), u);
                t.elem = e;
                t.len = n;
            }
            case 'm' -> {
                GoType k = type();
                GoType e = type();
                t = new GoType(Kind.MAP, "map[" + k.str + "]" + e.str, s.substring(start, i), u);
                t.key = k;
                t.elem = e;
            }
            case 'c' -> {
                int dir = s.charAt(i++) - '0';
                GoType e = type();
                String str = switch (dir) {
                    case 1 -> "chan<- " + e.str;
                    case 2 -> "<-chan " + e.str;
                    default -> e.kind == Kind.CHAN && e.chanDir == 2 ? "chan (" + e.str + ")" : "chan " + e.str;
                };
                t = new GoType(Kind.CHAN, str, s.substring(start, i), u);
                t.elem = e;
                t.chanDir = dir;
            }
            case 's' -> {
                String cls = str();
                int n = Integer.parseInt(upTo(';'));
                List<Field> fs = GoType.newFields();
                Class<?> jc = u.load(cls);
                for (int k = 0; k < n; k++) {
                    String name = str();
                    String tag = str();
                    boolean embedded = s.charAt(i++) == 'e';
                    GoType ft = type();
                    String jvmName = name.equals("_") ? "_$" + k : name;
                    java.lang.reflect.Field jf;
                    try {
                        jf = jc.getField(jvmName);
                    } catch (NoSuchFieldException e) {
                        throw new IllegalStateException("struct class " + cls + " lacks field " + jvmName, e);
                    }
                    boolean exported = !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
                    fs.add(new Field(name, ft, embedded, tag, exported, jf));
                }
                t = new GoType(Kind.STRUCT, GoType.structString(fs), s.substring(start, i), u);
                t.fields = List.copyOf(fs);
                t.javaClass = jc;
            }
            default -> throw new IllegalArgumentException("bad type encoding at " + start + ": " + s);
        }
        GoType old = u.lookup(t.enc);
        return old != null ? old : u.intern(t.enc, t);
    }

    /** Fills the shell of a defined type from its D encoding: name, value methods, underlying. */
    void define(GoType shell) {
        if (s.charAt(i++) != 'D') throw new IllegalArgumentException("not a definition: " + s);
        shell.name = str();
        shell.str = shell.name;
        String ms = str();
        shell.methods = ms.isEmpty() ? Set.of() : Set.of(ms.split(","));
        GoType under = type();
        shell.kind = under.kind;
        shell.elem = under.elem;
        shell.key = under.key;
        shell.len = under.len;
        shell.chanDir = under.chanDir;
        shell.fields = under.fields;
    }

    private String upTo(char end) {
        int j = s.indexOf(end, i);
        String r = s.substring(i, j);
        i = j + 1;
        return r;
    }

    private String str() {
        int n = Integer.parseInt(upTo(':'));
        String r = s.substring(i, i + n);
        i += n;
        return r;
    }
}
