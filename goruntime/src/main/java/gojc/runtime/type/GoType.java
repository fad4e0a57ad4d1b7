// Run-time type descriptors (docs/abi.md "Type descriptors"): one canonical GoType per Go type of a
// program, built from the compact encodings codegen emits (condy constants and the $typeDesc field
// of generated classes). fmt, %T, type assertions on types whose JVM class is ambiguous, interface
// == and map keys read them. Named types are keyed by their class, so recursive types resolve
// through the shell registered before their underlying type is parsed.
package gojc.runtime.type;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

public final class GoType {
    public enum Kind {
        BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32, FLOAT64,
        COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER, ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, STRUCT;

        public boolean isSigned() {
            return this == INT || this == INT8 || this == INT16 || this == INT32 || this == INT64;
        }

        public boolean isUnsigned() {
            return this == UINT || this == UINT8 || this == UINT16 || this == UINT32 || this == UINT64 || this == UINTPTR;
        }
    }

    /** A struct field; jvm is the generated public field that holds it. */
    public record Field(String name, GoType type, boolean embedded, String tag, boolean exported,
            java.lang.reflect.Field jvm) {}

    public Kind kind;
    String str;
    /** For named types; null otherwise. */
    public String name;
    public GoType elem, key;
    public long len;
    public int chanDir;
    public List<Field> fields = List.of();
    /** The class of a named or struct type. */
    public Class<?> javaClass;
    /** The value method set of a named type (names only); the pointer method set is the class's. */
    public Set<String> methods = Set.of();
    /** An interface's method set: "Name=jvm/iface/Class" per method, sorted by name. */
    public List<String> ifaceMethods = List.of();
    private Class<?>[] ifaceClasses;
    final String enc;
    final Universe universe;
    private GoType ptr;

    GoType(Kind kind, String str, String enc, Universe u) {
        this.kind = kind;
        this.str = str;
        this.enc = enc;
        this.universe = u;
    }

    /**
     * Whether interface value x (non-nil) has a dynamic type implementing this interface type: x's
     * class implements each method's JVM interface, and a struct value (not a pointer) has the
     * method in its value method set, as x.(I) tests.
     */
    public boolean implementedBy(Object x) {
        if (x == null || kind != Kind.INTERFACE) return false;
        Class<?>[] cs = ifaceClasses;
        if (cs == null) {
            cs = new Class<?>[ifaceMethods.size()];
            for (int k = 0; k < cs.length; k++) {
                String m = ifaceMethods.get(k);
                cs[k] = universe.load(m.substring(m.indexOf('=') + 1));
            }
            ifaceClasses = cs;
        }
        GoType dyn = null;
        boolean value = !(x instanceof Typed) && Dynamic.isBoxedStruct(x);
        if (value) dyn = Dynamic.typeOf(x);
        for (int k = 0; k < cs.length; k++) {
            if (!cs[k].isInstance(x)) return false;
            if (value) {
                String m = ifaceMethods.get(k);
                if (!dyn.methods.contains(m.substring(0, m.indexOf('=')))) return false;
            }
        }
        return true;
    }

    public boolean named() {
        return name != null;
    }

    @Override
    public String toString() {
        return str;
    }

    /** *T, canonical (for the descriptors of a program; the predeclared types have no universe). */
    public synchronized GoType ptrTo() {
        if (ptr == null) ptr = universe.parse("*" + enc);
        return ptr;
    }

    // ---- the predeclared types ----
    private static final Map<String, GoType> BASIC = new HashMap<>();

    private static GoType basic(Kind k, String name) {
        GoType t = new GoType(k, name, "b" + name + ";", null);
        BASIC.put(name, t);
        return t;
    }

    public static final GoType BOOL = basic(Kind.BOOL, "bool");
    public static final GoType INT = basic(Kind.INT, "int");
    public static final GoType INT8 = basic(Kind.INT8, "int8");
    public static final GoType INT16 = basic(Kind.INT16, "int16");
    public static final GoType INT32 = basic(Kind.INT32, "int32");
    public static final GoType INT64 = basic(Kind.INT64, "int64");
    public static final GoType UINT = basic(Kind.UINT, "uint");
    public static final GoType UINT8 = basic(Kind.UINT8, "uint8");
    public static final GoType UINT16 = basic(Kind.UINT16, "uint16");
    public static final GoType UINT32 = basic(Kind.UINT32, "uint32");
    public static final GoType UINT64 = basic(Kind.UINT64, "uint64");
    public static final GoType UINTPTR = basic(Kind.UINTPTR, "uintptr");
    public static final GoType FLOAT32 = basic(Kind.FLOAT32, "float32");
    public static final GoType FLOAT64 = basic(Kind.FLOAT64, "float64");
    public static final GoType COMPLEX64 = basic(Kind.COMPLEX64, "complex64");
    public static final GoType COMPLEX128 = basic(Kind.COMPLEX128, "complex128");
    public static final GoType STRING = basic(Kind.STRING, "string");
    public static final GoType UNSAFE_POINTER = basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");

    static GoType basicNamed(String name) {
        GoType t = BASIC.get(name);
        if (t == null) throw new IllegalArgumentException("unknown basic type " + name);
        return t;
    }

    // ---- entry points ----

    /** Bootstrap of the condy constants codegen emits for a type (static argument: its encoding). */
    public static GoType constant(MethodHandles.Lookup lookup, String name, Class<?> type, String enc) {
        return Universe.of(lookup.lookupClass().getClassLoader()).parse(enc);
    }

    // Lock-free after the first look-up of a class; construction itself runs under the lock.
    private static final ClassValue<GoType[]> BY_CLASS = new ClassValue<>() {
        @Override
        protected GoType[] computeValue(Class<?> c) {
            return new GoType[] {Universe.of(c.getClassLoader()).ofClass(c)};
        }
    };

    /** The descriptor of a generated class (named or anonymous struct type), or null. */
    public static GoType of(Class<?> c) {
        return BY_CLASS.get(c)[0];
    }

    /** A descriptor by encoding, in the universe of the given class's loader (for tests and tools). */
    public static GoType parse(Class<?> context, String enc) {
        return Universe.of(context.getClassLoader()).parse(enc);
    }

    /** Descriptors per class loader: programs loaded side by side keep their own types. */
    static final class Universe {
        private static final Map<ClassLoader, Universe> ALL = new WeakHashMap<>();
        private static final Universe BOOT = new Universe(null);
        final ClassLoader loader;
        private final Map<String, GoType> interned = new HashMap<>();
        private final Map<Class<?>, GoType> classes = new HashMap<>();

        private Universe(ClassLoader loader) {
            this.loader = loader;
        }

        static Universe of(ClassLoader l) {
            if (l == null) return BOOT;
            synchronized (ALL) {
                // no method reference: its bootstrap would cost the start-up of every program
                Universe u = ALL.get(l);
                if (u == null) {
                    u = new Universe(l);
                    ALL.put(l, u);
                }
                return u;
            }
        }

        GoType parse(String enc) {
            synchronized (GoType.class) {
                GoType t = interned.get(enc);
                if (t == null) {
                    Parser p = new Parser(this, enc);
                    t = p.type();
                }
                return t;
            }
        }

        GoType intern(String enc, GoType t) {
            GoType old = interned.putIfAbsent(enc, t);
            return old != null ? old : t;
        }

        GoType lookup(String enc) {
            return interned.get(enc);
        }

        GoType ofClass(Class<?> c) {
            synchronized (GoType.class) {
                if (classes.containsKey(c)) return classes.get(c);
                GoType t;
                String desc;
                try {
                    desc = (String) c.getField("$typeDesc").get(null);
                } catch (ReflectiveOperationException e) {
                    // Not a Go type's class (a runtime object, a closure): remembered as such.
                    classes.put(c, null);
                    return null;
                }
                if (desc.startsWith("D")) {
                    // A defined type: the shell first, so that the underlying type may refer to it.
                    t = new GoType(Kind.STRUCT, null, "n" + c.getName().replace('.', '/') + ";", this);
                    t.javaClass = c;
                    classes.put(c, t);
                    interned.put(t.enc, t);
                    new Parser(this, desc).define(t);
                } else {
                    t = parse(desc);
                    classes.put(c, t);
                }
                return t;
            }
        }

        Class<?> load(String internalName) {
            try {
                return Class.forName(internalName.replace('/', '.'), true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("type descriptor names missing class " + internalName, e);
            }
        }
    }

    static String structString(List<Field> fs) {
        if (fs.isEmpty()) return "struct {}";
        StringBuilder sb = new StringBuilder("struct { ");
        for (int i = 0; i < fs.size(); i++) {
            Field f = fs.get(i);
            if (i > 0) sb.append("; ");
            if (!f.embedded()) sb.append(f.name()).append(' ');
            sb.append(f.type().str);
            if (!f.tag().isEmpty()) sb.append(' ').append(quote(f.tag()));
        }
        return sb.append(" }").toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static List<Field> newFields() {
        return new ArrayList<>();
    }
}
