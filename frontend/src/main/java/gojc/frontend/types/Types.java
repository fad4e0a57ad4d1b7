package gojc.frontend.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type relations of the spec: identity, assignability, convertibility, comparability, default
 * types of untyped constants. Method sets and selector lookup are in {@link Lookup}.
 */
public final class Types {
    private Types() {}

    private static final Map<Type.Field, Var> FIELD_VARS = new IdentityHashMap<>();

    /** The Var standing for a struct field in the typed tree (one per Field object). */
    public static synchronized Var fieldVar(Type.Field f) {
        return FIELD_VARS.computeIfAbsent(f, k -> new Var(k.name(), gojc.frontend.diag.Pos.NONE, k.pkg(), k.type(), Var.Kind.FIELD));
    }

    public static Type under(Type t) {
        return t == null ? null : t.underlying();
    }

    public static BasicKind kind(Type t) {
        return t != null && t.underlying() instanceof Type.Basic b ? b.kind() : null;
    }

    /**
     * For a type parameter, whether every type of its type set passes (none do if the set is not
     * restricted by terms), as go/types' operand rules require; otherwise whether t's kind passes.
     */
    public static boolean isBasic(Type t, java.util.function.Predicate<BasicKind> p) {
        if (t instanceof TypeParam tp) {
            List<Type.Term> terms = typeSetTerms(tp);
            if (terms.isEmpty()) return false;
            for (Type.Term term : terms) if (!isBasic(term.type(), p)) return false;
            return true;
        }
        BasicKind k = kind(t);
        return k != null && p.test(k);
    }

    /** The type terms restricting a type parameter's type set (empty for method-only constraints). */
    public static List<Type.Term> typeSetTerms(TypeParam tp) {
        List<Type.Term> out = new java.util.ArrayList<>();
        if (tp.constraint() != null && tp.constraint().underlying() instanceof Type.Interface i) terms(i, out, 0);
        return out;
    }

    private static void terms(Type.Interface i, List<Type.Term> out, int depth) {
        if (depth > 20) return;
        for (Type.Term t : i.terms()) {
            if (t.type() instanceof TypeParam) continue;
            if (!t.tilde() && t.type().underlying() instanceof Type.Interface ti) terms(ti, out, depth + 1);
            else out.add(t);
        }
        for (Type e : i.embedded()) if (e.underlying() instanceof Type.Interface ei) terms(ei, out, depth + 1);
    }

    /**
     * A type parameter's core type: the single underlying type of every type in its type set, or
     * null; any other type's core type is its underlying type.
     */
    public static Type coreType(Type t) {
        if (!(t instanceof TypeParam tp)) return t == null ? null : t.underlying();
        Type core = null;
        for (Type.Term term : typeSetTerms(tp)) {
            Type u = term.type().underlying();
            if (core == null) core = u;
            else if (!identical(core, u)) return null;
        }
        return core;
    }

    /** The core type if t has one, else its underlying type (a type parameter's constraint). */
    public static Type core(Type t) {
        Type c = coreType(t);
        return c == null ? t.underlying() : c;
    }

    public static boolean isInvalid(Type t) { return t == null || kind(t) == BasicKind.INVALID; }
    public static boolean isUntyped(Type t) { return t instanceof Type.Basic b && b.kind().isUntyped(); }
    public static boolean isInteger(Type t) { return isBasic(t, BasicKind::isInteger); }
    public static boolean isUnsigned(Type t) { return isBasic(t, BasicKind::isUnsigned); }
    public static boolean isFloat(Type t) { return isBasic(t, BasicKind::isFloat); }
    public static boolean isComplex(Type t) { return isBasic(t, BasicKind::isComplex); }
    public static boolean isNumeric(Type t) { return isBasic(t, BasicKind::isNumeric); }
    public static boolean isString(Type t) { return isBasic(t, BasicKind::isString); }
    public static boolean isBoolean(Type t) { return isBasic(t, BasicKind::isBoolean); }
    public static boolean isInterface(Type t) { return t != null && !(t instanceof TypeParam) && t.underlying() instanceof Type.Interface; }
    public static boolean isNil(Type t) { return kind(t) == BasicKind.UNTYPED_NIL; }

    /** Ordered operands: integers, floats, strings. */
    public static boolean isOrdered(Type t) {
        return forAllTerms(t, u -> isInteger(u) || isFloat(u) || isString(u));
    }

    public static boolean isConstType(Type t) {
        return t != null && t.underlying() instanceof Type.Basic b && b.kind() != BasicKind.INVALID
                && b.kind() != BasicKind.UNTYPED_NIL && b.kind() != BasicKind.UNSAFE_POINTER;
    }

    /** Whether values of t can be nil. */
    public static boolean hasNil(Type t) {
        if (t instanceof TypeParam tp) {
            List<Type.Term> terms = typeSetTerms(tp);
            if (terms.isEmpty()) return false;
            for (Type.Term term : terms) if (!hasNil(term.type())) return false;
            return true;
        }
        if (t.underlying() == null) return false;
        return switch (t.underlying()) {
            case Type.Pointer p -> true;
            case Type.Slice s -> true;
            case Type.Map m -> true;
            case Type.Chan c -> true;
            case Type.Signature s -> true;
            case Type.Interface i -> true;
            case Type.Basic b -> b.kind() == BasicKind.UNSAFE_POINTER;
            default -> false;
        };
    }

    public static Type defaultType(Type t) {
        if (!(t instanceof Type.Basic b)) return t;
        return switch (b.kind()) {
            case UNTYPED_BOOL -> Universe.BOOL;
            case UNTYPED_INT -> Universe.INT;
            case UNTYPED_RUNE -> Universe.RUNE;
            case UNTYPED_FLOAT -> Universe.FLOAT64;
            case UNTYPED_COMPLEX -> Universe.COMPLEX128;
            case UNTYPED_STRING -> Universe.STRING;
            default -> t;
        };
    }

    public static boolean identical(Type x, Type y) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        return switch (x) {
            case Type.Basic a -> y instanceof Type.Basic b && a.kind() == b.kind();
            case Type.Pointer a -> y instanceof Type.Pointer b && identical(a.elem(), b.elem());
            case Type.Slice a -> y instanceof Type.Slice b && identical(a.elem(), b.elem());
            case Type.Array a -> y instanceof Type.Array b && a.len() == b.len() && identical(a.elem(), b.elem());
            case Type.Map a -> y instanceof Type.Map b && identical(a.key(), b.key()) && identical(a.elem(), b.elem());
            case Type.Chan a -> y instanceof Type.Chan b && a.dir() == b.dir() && identical(a.elem(), b.elem());
            case Type.Struct a -> y instanceof Type.Struct b && identicalStructs(a, b);
            case Type.Signature a -> y instanceof Type.Signature b && identicalSigs(a, b);
            case Type.Interface a -> y instanceof Type.Interface b && identicalIfaces(a, b);
            case Type.Tuple a -> y instanceof Type.Tuple b && identicalLists(a.types(), b.types());
            case Named a -> y instanceof Named b && a.origin() == b.origin() && !a.typeArgs().isEmpty()
                    && identicalLists(a.typeArgs(), b.typeArgs());
            case TypeParam a -> false;
        };
    }

    private static boolean identicalLists(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!identical(a.get(i), b.get(i))) return false;
        return true;
    }

    private static boolean identicalStructs(Type.Struct a, Type.Struct b) {
        if (a.fields().size() != b.fields().size()) return false;
        for (int i = 0; i < a.fields().size(); i++) {
            Type.Field f = a.fields().get(i), g = b.fields().get(i);
            if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !identical(f.type(), g.type())) return false;
            if (!java.util.Objects.equals(nz(f.tag()), nz(g.tag()))) return false;
            if (!f.exported() && !f.pkg().equals(g.pkg())) return false;
        }
        return true;
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static boolean identicalVars(List<Var> a, List<Var> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!identical(a.get(i).type(), b.get(i).type())) return false;
        return true;
    }

    public static boolean identicalSigs(Type.Signature a, Type.Signature b) {
        return a.variadic() == b.variadic() && identicalVars(a.params(), b.params()) && identicalVars(a.results(), b.results());
    }

    private static boolean identicalIfaces(Type.Interface a, Type.Interface b) {
        List<Type.Method> ma = Lookup.interfaceMethods(a), mb = Lookup.interfaceMethods(b);
        if (ma.size() != mb.size()) return false;
        for (int i = 0; i < ma.size(); i++) {
            if (!ma.get(i).name().equals(mb.get(i).name()) || !identicalSigs(ma.get(i).sig(), mb.get(i).sig())) return false;
        }
        return true;
    }

    /** Assignability of a value of type v to type t (spec "Assignability"); untyped constants are checked by the caller for representability. */
    public static boolean assignableTo(Type v, Type t) {
        if (identical(v, t)) return true;
        if (isInvalid(v) || isInvalid(t)) return true;
        if (v instanceof TypeParam || t instanceof TypeParam) return assignableTypeParam(v, t);
        Type vu = v.underlying(), tu = t.underlying();
        if (isUntyped(v)) {
            BasicKind k = kind(v);
            if (k == BasicKind.UNTYPED_NIL) return hasNil(t);
            if (tu instanceof Type.Interface) return Lookup.interfaceMethods((Type.Interface) tu).isEmpty();
            if (!(tu instanceof Type.Basic tb)) return false;
            return switch (k) {
                case UNTYPED_BOOL -> tb.kind().isBoolean();
                case UNTYPED_STRING -> tb.kind().isString();
                default -> tb.kind().isNumeric();
            };
        }
        if (identical(vu, tu) && (!(v instanceof Named) || !(t instanceof Named))) return true;
        if (tu instanceof Type.Interface ti && !(t instanceof TypeParam)) return Lookup.missingMethod(v, ti) == null;
        if (vu instanceof Type.Chan vc && vc.dir() == Type.ChanDir.BOTH && tu instanceof Type.Chan tc
                && identical(vc.elem(), tc.elem()) && (!(v instanceof Named) || !(t instanceof Named))) return true;
        return false;
    }

    /** Assignability where v or t is a type parameter: through every type of its type set. */
    private static boolean assignableTypeParam(Type v, Type t) {
        if (isUntyped(v)) {
            if (kind(v) == BasicKind.UNTYPED_NIL) return hasNil(t);
            return forAllTerms(t, u -> assignableTo(v, u));
        }
        if (v instanceof TypeParam vp && !(t instanceof Named) && !(t instanceof TypeParam)) {
            if (t.underlying() instanceof Type.Interface ti) return Lookup.missingMethod(v, ti) == null;
            return forAllTerms(vp, u -> assignableTo(u, t));
        }
        if (t instanceof TypeParam tp && !(v instanceof Named) && !(v instanceof TypeParam)) {
            return forAllTerms(tp, u -> assignableTo(v, u));
        }
        if (v instanceof TypeParam && t instanceof Named n && n.underlying() instanceof Type.Interface ti) {
            return Lookup.missingMethod(v, ti) == null;
        }
        return false;
    }

    /**
     * For a type parameter, whether its type set is restricted by terms and p holds for each
     * term's type; for any other type, whether p holds for it.
     */
    public static boolean forAllTerms(Type t, java.util.function.Predicate<Type> p) {
        if (!(t instanceof TypeParam tp)) return p.test(t);
        List<Type.Term> terms = typeSetTerms(tp);
        if (terms.isEmpty()) return false;
        for (Type.Term term : terms) if (!p.test(term.type())) return false;
        return true;
    }

    /** Convertibility of a non-constant value (spec "Conversions"). */
    public static boolean convertibleTo(Type v, Type t) {
        if (assignableTo(v, t)) return true;
        if (v instanceof TypeParam && !(t.underlying() instanceof Type.Interface && !(t instanceof TypeParam))) {
            return forAllTerms(v, u -> convertibleTo(u, t));
        }
        if (t instanceof TypeParam) return forAllTerms(t, u -> convertibleTo(v, u));
        Type vu = v.underlying(), tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) return true;
        if (vu instanceof Type.Pointer vp && tu instanceof Type.Pointer tp && !(v instanceof Named) && !(t instanceof Named)
                && identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying())) return true;
        if ((isInteger(vu) || isFloat(vu)) && (isInteger(tu) || isFloat(tu))) return true;
        if (isComplex(vu) && isComplex(tu)) return true;
        if ((isInteger(vu) || isBytesOrRunes(vu)) && isString(tu)) return true;
        if (isString(vu) && isBytesOrRunes(tu)) return true;
        if (vu instanceof Type.Slice s && tu instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a
                && identical(s.elem(), a.elem())) return true;
        return false;
    }

    private static boolean identicalIgnoreTags(Type a, Type b) {
        if (a instanceof Type.Struct x && b instanceof Type.Struct y) {
            if (x.fields().size() != y.fields().size()) return false;
            for (int i = 0; i < x.fields().size(); i++) {
                Type.Field f = x.fields().get(i), g = y.fields().get(i);
                if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !identical(f.type(), g.type())) return false;
            }
            return true;
        }
        return identical(a, b);
    }

    public static boolean isBytesOrRunes(Type t) {
        if (t.underlying() instanceof Type.Slice s) {
            BasicKind k = kind(s.elem());
            return k == BasicKind.UINT8 || k == BasicKind.INT32;
        }
        return false;
    }

    /** A type parameter is comparable if its constraint embeds comparable or all its terms are comparable. */
    private static boolean typeParamComparable(TypeParam tp) {
        if (tp.constraint() == null || embedsComparable(tp.constraint(), 0)) return true;
        List<Type.Term> terms = typeSetTerms(tp);
        if (terms.isEmpty()) return false;
        for (Type.Term term : terms) if (!comparable(term.type())) return false;
        return true;
    }

    /** Whether c is comparable itself or a type defined as it (type C comparable). */
    public static boolean isComparableConstraint(Type c) {
        return c == Universe.COMPARABLE || c != null && c.underlying() == Universe.COMPARABLE.underlying();
    }

    private static boolean embedsComparable(Type c, int depth) {
        if (isComparableConstraint(c)) return true;
        if (depth > 20 || !(c.underlying() instanceof Type.Interface i)) return false;
        for (Type e : i.embedded()) if (embedsComparable(e, depth + 1)) return true;
        return false;
    }

    /** Whether == is defined on t (spec "Comparison operators"). */
    public static boolean comparable(Type t) {
        if (t instanceof TypeParam tp) return typeParamComparable(tp);
        if (t.underlying() == null) return true;
        return switch (t.underlying()) {
            case Type.Basic b -> b.kind() != BasicKind.UNTYPED_NIL;
            case Type.Pointer p -> true;
            case Type.Chan c -> true;
            case Type.Interface i -> true;
            case Type.Struct s -> s.fields().stream().allMatch(f -> comparable(f.type()));
            case Type.Array a -> comparable(a.elem());
            default -> false;
        };
    }
}
