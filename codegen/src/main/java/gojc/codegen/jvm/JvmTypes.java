// This file implements the mapping of Go types onto JVM shapes that docs/abi.md fixes: kind letters,
// descriptors on the stack and in storage, slice classes, tuple classes, function interfaces, and
// the owners of package members and of external (Java-bound) standard-library functions.
package gojc.codegen.jvm;

import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;

public final class JvmTypes {
    public static final String OBJECT = "java/lang/Object";
    public static final String GOSTRING = "gojc/runtime/GoString";
    public static final String GOSTRING_DESC = "L" + GOSTRING + ";";
    public static final String SLICE_PKG = "gojc/runtime/slice/";
    public static final String TUPLE_PKG = "gojc/runtime/tuple/T_";
    public static final String FUNC_PKG = "gojc/runtime/func/Fn_";

    private JvmTypes() {}

    /** The basic kind of t's underlying type with untyped kinds defaulted, or null if t is not basic. */
    public static BasicKind basic(Type t) {
        if (!(t.underlying() instanceof Type.Basic b)) return null;
        return switch (b.kind()) {
            case UNTYPED_BOOL -> BasicKind.BOOL;
            case UNTYPED_INT -> BasicKind.INT;
            case UNTYPED_RUNE -> BasicKind.INT32;
            case UNTYPED_FLOAT -> BasicKind.FLOAT64;
            case UNTYPED_STRING -> BasicKind.STRING;
            case UNTYPED_COMPLEX -> BasicKind.COMPLEX128;
            default -> b.kind();
        };
    }

    public static boolean isString(Type t) {
        return basic(t) == BasicKind.STRING;
    }

    public static boolean isUnsigned(Type t) {
        BasicKind k = basic(t);
        return k != null && k.isUnsigned();
    }

    /** The erased kind letter: Z I J F D, or L for every reference. */
    public static char kind(Type t) {
        BasicKind k = basic(t);
        if (k == null) return 'L';
        return switch (k) {
            case BOOL -> 'Z';
            case INT8, INT16, INT32, UINT8, UINT16, UINT32 -> 'I';
            case INT, INT64, UINT, UINT64, UINTPTR -> 'J';
            case FLOAT32 -> 'F';
            case FLOAT64 -> 'D';
            default -> 'L';
        };
    }

    public static String kinds(List<Type> types) {
        StringBuilder sb = new StringBuilder();
        for (Type t : types) sb.append(kind(t));
        return sb.toString();
    }

    public static List<Type> varTypes(List<Var> vars) {
        List<Type> out = new ArrayList<>();
        for (Var v : vars) out.add(v.type());
        return out;
    }

    /** The types of a value: the elements of a tuple, else the one type. */
    public static List<Type> resultTypes(Type t) {
        return t instanceof Type.Tuple tu ? tu.types() : List.of(t);
    }

    /** The descriptor of a value on the stack, in locals and in method descriptors. */
    public static String desc(Type t) {
        char k = kind(t);
        return k == 'L' ? refDesc(t) : String.valueOf(k);
    }

    /** The descriptor of a value in a field or array element (8/16-bit integers take B S C). */
    public static String storageDesc(Type t) {
        BasicKind k = basic(t);
        if (k == null) return desc(t);
        return switch (k) {
            case INT8, UINT8 -> "B";
            case INT16 -> "S";
            case UINT16 -> "C";
            default -> desc(t);
        };
    }

    public static String refDesc(Type t) {
        String n = internalName(t);
        return n.startsWith("[") ? n : "L" + n + ";";
    }

    /** The internal name (or array descriptor) of a reference type, as checkcast wants it. */
    public static String internalName(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Type.Basic b -> basic(t) == BasicKind.STRING ? GOSTRING : OBJECT;
            case Type.Slice s -> sliceClass(s.elem());
            case Type.Array a -> "[" + storageDesc(a.elem());
            case Type.Signature sig -> fnInterface(sig);
            case Type.Tuple tu -> tupleClass(tu.types());
            case Type.Struct st -> structClass(t);
            case Type.Pointer p when p.elem().underlying() instanceof Type.Struct -> structClass(p.elem());
            case Type.Pointer p -> PTR;
            case Type.Map m -> MAP;
            case Type.Chan c -> CHAN;
            default -> OBJECT;
        };
    }

    public static final String PTR = "gojc/runtime/ptr/Ptr";
    public static final String MAP = "gojc/runtime/map/GoMap";
    public static final String CHAN = "gojc/runtime/chan/Chan";

    /**
     * The class of a struct type: P/T for a defined type T of package P, else a class named by a
     * stable hash of the structure (identical anonymous struct types share it).
     */
    public static String structClass(Type t) {
        if (t instanceof gojc.frontend.types.Named n) return namedClass(n);
        return "gojc/anon/S" + stableHash(t.underlying().toString());
    }

    /** The class of a defined type: holds its methods, and is its boxed form in interfaces. */
    public static String namedClass(gojc.frontend.types.Named n) {
        String pkg = n.obj().pkg() == null ? "builtin" : n.obj().pkg();
        if (n.typeArgs().isEmpty()) return pkg + "/" + jvmName(n.obj().name());
        // an instance of a generic type: its own class, named with its type arguments as Go prints them
        java.util.StringJoiner args = new java.util.StringJoiner(",", "[", "]");
        for (Type t : n.typeArgs()) args.add(t.toString());
        return pkg + "/" + jvmName(n.obj().name() + args);
    }

    /**
     * A Go name made legal as a JVM class or method name. Instances of generic functions and types
     * are named as Go prints them (Sum[int], Pair[string,main.T]) and the JVM forbids . ; [ / < >
     * in names: each becomes a look-alike character, so traces still read as Go.
     */
    public static String jvmName(String goName) {
        StringBuilder b = null;
        for (int i = 0; i < goName.length(); i++) {
            char c = goName.charAt(i);
            char r = switch (c) {
                case '[' -> '\u2039';
                case ']' -> '\u203A';
                case '.' -> '\u00B7';
                case ';' -> '\u204F';
                case '/' -> '\u2215';
                case '<' -> '\u227A';
                case '>' -> '\u227B';
                default -> c;
            };
            if (r != c && b == null) b = new StringBuilder(goName.substring(0, i));
            if (b != null) b.append(r);
        }
        return b == null ? goName : b.toString();
    }

    public static boolean isStruct(Type t) {
        return t != null && t.underlying() instanceof Type.Struct;
    }

    static String stableHash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM field name of struct field i ("_" fields get distinct names). */
    public static String fieldName(Type.Struct st, int i) {
        String n = st.fields().get(i).name();
        return n.equals("_") ? "_$" + i : n;
    }

    public static String sliceClass(Type elem) {
        // References need no descriptor (which would recurse for type T []T).
        if (kind(elem) == 'L') return SLICE_PKG + "Slice";
        return SLICE_PKG + switch (storageDesc(elem)) {
            case "Z" -> "BoolSlice";
            case "B" -> "ByteSlice";
            case "S" -> "ShortSlice";
            case "C" -> "CharSlice";
            case "I" -> "IntSlice";
            case "J" -> "LongSlice";
            case "F" -> "FloatSlice";
            case "D" -> "DoubleSlice";
            default -> "Slice";
        };
    }

    /** The element descriptor in a slice class's method descriptors (erased Object for Slice). */
    public static String sliceElemDesc(Type elem) {
        char k = kind(elem);
        return k == 'L' ? "L" + OBJECT + ";" : String.valueOf(k);
    }

    /** The array descriptor a slice class wraps (Object[] for Slice). */
    public static String sliceArrayDesc(Type elem) {
        String s = storageDesc(elem);
        return s.length() == 1 ? "[" + s : "[L" + OBJECT + ";";
    }

    public static String tupleClass(List<Type> types) {
        return TUPLE_PKG + kinds(types);
    }

    public static String erased(char kind) {
        return kind == 'L' ? "L" + OBJECT + ";" : String.valueOf(kind);
    }

    /** The descriptor of the tuple class's constructor (erased kinds). */
    public static String tupleCtorDesc(List<Type> types) {
        StringBuilder sb = new StringBuilder("(");
        for (Type t : types) sb.append(erased(kind(t)));
        return sb.append(")V").toString();
    }

    public static String fnInterface(Type.Signature sig) {
        return FUNC_PKG + kinds(varTypes(sig.params())) + "_" + kinds(varTypes(sig.results()));
    }

    /** The descriptor of a function interface's call method: erased kinds, tuple for several results. */
    public static String fnCallDesc(Type.Signature sig) {
        StringBuilder sb = new StringBuilder("(");
        for (Var p : sig.params()) sb.append(erased(kind(p.type())));
        sb.append(")");
        List<Type> rs = varTypes(sig.results());
        if (rs.isEmpty()) sb.append('V');
        else if (rs.size() == 1) sb.append(erased(kind(rs.get(0))));
        else sb.append('L').append(tupleClass(rs)).append(';');
        return sb.toString();
    }

    /** The descriptor of a Go function compiled to a static method. */
    public static String methodDesc(Type.Signature sig) {
        StringBuilder sb = new StringBuilder("(");
        for (Var p : sig.params()) sb.append(desc(p.type()));
        return sb.append(")").append(returnDesc(varTypes(sig.results()))).toString();
    }

    public static String returnDesc(List<Type> results) {
        if (results.isEmpty()) return "V";
        if (results.size() == 1) return desc(results.get(0));
        return "L" + tupleClass(results) + ";";
    }

    public static String packageClass(String pkgPath) {
        return pkgPath + "/$Package";
    }

    /** The Java class an external function of standard-library package path is bound to. */
    public static String libClass(String pkgPath) {
        String last = pkgPath.substring(pkgPath.lastIndexOf('/') + 1);
        return "gojc/runtime/lib/" + pkgPath + "/" + Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    public static int size(char kind) {
        return kind == 'J' || kind == 'D' ? 2 : 1;
    }

    /** The JVM array type used as the cell of a variable of type t. */
    public static String cellDesc(Type t) {
        return "[" + desc(t);
    }
}
