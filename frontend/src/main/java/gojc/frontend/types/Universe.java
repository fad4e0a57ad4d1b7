package gojc.frontend.types;

import gojc.frontend.diag.Pos;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The universe scope (spec "Predeclared identifiers"): basic types and their aliases byte and
 * rune, any, error (a Named with method Error() string), true/false/iota/nil and the builtins.
 * min, max and clear exist only for language versions go1.21 and later, so the scope is built per
 * language version.
 */
public final class Universe {
    private static final Map<BasicKind, Type.Basic> BASIC = new EnumMap<>(BasicKind.class);

    public static final Type.Basic INVALID = basic(BasicKind.INVALID, "invalid type");
    public static final Type.Basic BOOL = basic(BasicKind.BOOL, "bool");
    public static final Type.Basic INT = basic(BasicKind.INT, "int");
    public static final Type.Basic INT8 = basic(BasicKind.INT8, "int8");
    public static final Type.Basic INT16 = basic(BasicKind.INT16, "int16");
    public static final Type.Basic INT32 = basic(BasicKind.INT32, "int32");
    public static final Type.Basic INT64 = basic(BasicKind.INT64, "int64");
    public static final Type.Basic UINT = basic(BasicKind.UINT, "uint");
    public static final Type.Basic UINT8 = basic(BasicKind.UINT8, "uint8");
    public static final Type.Basic UINT16 = basic(BasicKind.UINT16, "uint16");
    public static final Type.Basic UINT32 = basic(BasicKind.UINT32, "uint32");
    public static final Type.Basic UINT64 = basic(BasicKind.UINT64, "uint64");
    public static final Type.Basic UINTPTR = basic(BasicKind.UINTPTR, "uintptr");
    public static final Type.Basic FLOAT32 = basic(BasicKind.FLOAT32, "float32");
    public static final Type.Basic FLOAT64 = basic(BasicKind.FLOAT64, "float64");
    public static final Type.Basic COMPLEX64 = basic(BasicKind.COMPLEX64, "complex64");
    public static final Type.Basic COMPLEX128 = basic(BasicKind.COMPLEX128, "complex128");
    public static final Type.Basic STRING = basic(BasicKind.STRING, "string");
    public static final Type.Basic UNSAFE_POINTER = basic(BasicKind.UNSAFE_POINTER, "unsafe.Pointer");
    public static final Type.Basic UNTYPED_BOOL = basic(BasicKind.UNTYPED_BOOL, "untyped bool");
    public static final Type.Basic UNTYPED_INT = basic(BasicKind.UNTYPED_INT, "untyped int");
    public static final Type.Basic UNTYPED_RUNE = basic(BasicKind.UNTYPED_RUNE, "untyped rune");
    public static final Type.Basic UNTYPED_FLOAT = basic(BasicKind.UNTYPED_FLOAT, "untyped float");
    public static final Type.Basic UNTYPED_COMPLEX = basic(BasicKind.UNTYPED_COMPLEX, "untyped complex");
    public static final Type.Basic UNTYPED_STRING = basic(BasicKind.UNTYPED_STRING, "untyped string");
    public static final Type.Basic UNTYPED_NIL = basic(BasicKind.UNTYPED_NIL, "untyped nil");

    /**
     * byte and rune are aliases of uint8 and int32: same kinds (so identical), own names (so error
     * messages say byte as the source does), as go/types does.
     */
    public static final Type.Basic BYTE = new Type.Basic(BasicKind.UINT8, "byte");
    public static final Type.Basic RUNE = new Type.Basic(BasicKind.INT32, "rune");

    public static final Type.Interface ANY = new Type.Interface(List.of(), List.of(), List.of());

    /** The predeclared error interface, a defined type. */
    public static final Named ERROR;

    static {
        TypeName tn = new TypeName("error", Pos.NONE, "", null);
        ERROR = new Named(tn, null);
        tn.setType(ERROR);
        Var res = new Var("", Pos.NONE, "", STRING, Var.Kind.RESULT);
        Type.Signature sig = new Type.Signature(null, List.of(), List.of(), List.of(res), false);
        ERROR.setUnderlying(new Type.Interface(List.of(new Type.Method("Error", sig, "")), List.of(), List.of()));
    }

    /** The predeclared constraint comparable: an interface satisfied by comparable types only. */
    public static final Named COMPARABLE;

    static {
        TypeName tn = new TypeName("comparable", Pos.NONE, "", null);
        COMPARABLE = new Named(tn, new Type.Interface(List.of(), List.of(), List.of()));
        tn.setType(COMPARABLE);
    }

    private Universe() {}

    private static Type.Basic basic(BasicKind k, String name) {
        Type.Basic b = new Type.Basic(k, name);
        BASIC.put(k, b);
        return b;
    }

    public static Type.Basic basic(BasicKind k) {
        return BASIC.get(k);
    }

    /** Whether lang (e.g. "go1.19") is at least go1.minor. */
    public static boolean atLeast(String lang, int minor) {
        if (lang == null || !lang.startsWith("go1.")) return false;
        try {
            String m = lang.substring(4);
            int dot = m.indexOf('.');
            return Integer.parseInt(dot < 0 ? m : m.substring(0, dot)) >= minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A fresh universe scope for a language version. */
    public static Scope scope(String lang) {
        Scope s = new Scope(null, false);
        List<Type.Basic> named = new ArrayList<>(List.of(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16,
                UINT32, UINT64, UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING));
        for (Type.Basic b : named) s.insert(new TypeName(b.name(), Pos.NONE, "", b));
        s.insert(new TypeName("byte", Pos.NONE, "", BYTE));
        s.insert(new TypeName("rune", Pos.NONE, "", RUNE));
        s.insert(new TypeName("any", Pos.NONE, "", ANY));
        s.insert(ERROR.obj());
        s.insert(COMPARABLE.obj());
        s.insert(new Const("true", Pos.NONE, "", UNTYPED_BOOL, gojc.frontend.constant.Value.of(true)));
        s.insert(new Const("false", Pos.NONE, "", UNTYPED_BOOL, gojc.frontend.constant.Value.of(false)));
        s.insert(new Const("iota", Pos.NONE, "", UNTYPED_INT, gojc.frontend.constant.Value.of(0)));
        s.insert(new Nil(UNTYPED_NIL));
        boolean go121 = atLeast(lang, 21);
        for (Builtin.BuiltinId id : Builtin.BuiltinId.values()) {
            boolean newer = id == Builtin.BuiltinId.CLEAR || id == Builtin.BuiltinId.MIN || id == Builtin.BuiltinId.MAX;
            if (!newer || go121) s.insert(new Builtin(id));
        }
        return s;
    }
}
