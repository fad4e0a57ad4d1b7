package gojc.frontend.check;

import gojc.frontend.ast.Decl;
import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Field;
import gojc.frontend.ast.Spec;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TFunc;
import gojc.frontend.types.Func;
import gojc.frontend.types.Lookup;
import gojc.frontend.types.Named;
import gojc.frontend.types.Scope;
import gojc.frontend.types.Type;
import gojc.frontend.types.TypeName;
import gojc.frontend.types.TypeParam;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Generics by monomorphisation in the checker (DESIGN.md: one instance per distinct type-argument
 * list): a generic function or type is checked once per instantiation with its type parameters
 * bound to the type arguments, so codegen only ever sees ordinary functions and defined types.
 * Type arguments are given explicitly or inferred by unifying parameter and argument types.
 */
final class Generics {
    private final PkgChecker c;

    /** A generic function's declaration and its signature over TypeParams. */
    record GenericFunc(Func f, PkgChecker.DeclInfo d, List<TypeParam> tparams, Type.Signature sig) {}

    /** A generic type's declaration. */
    record GenericType(Named origin, Spec.Type spec, Scope fileScope) {}

    private final Map<Func, PkgChecker.DeclInfo> funcDecls = new LinkedHashMap<>();
    /** Generic declarations whose body was checked in generic form: their instances report nothing. */
    private final java.util.Set<Decl.Func> checkedGeneric = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<Func, GenericFunc> funcs = new HashMap<>();
    private final Map<Named, GenericType> types = new HashMap<>();
    private final Map<String, List<PkgChecker.DeclInfo>> methods = new HashMap<>();
    private final Map<String, Func> funcInstances = new HashMap<>();
    private final Map<String, Named> typeInstances = new LinkedHashMap<>();
    /**
     * An instance body waiting to be checked (its binding scope as file scope); for a generic
     * function's instance, the function and type arguments it instantiates.
     */
    record Pending(Func inst, PkgChecker.DeclInfo decl, GenericFunc generic, List<Type> targs) {}

    final List<Pending> pendingBodies = new ArrayList<>();
    /** The instance body being checked, or null. */
    private Pending current;
    private final Map<Func, Integer> instanceCounts = new HashMap<>();

    Generics(PkgChecker c) {
        this.c = c;
    }

    void declareFunc(Func f, PkgChecker.DeclInfo d) {
        funcDecls.put(f, d);
        markImportsUsed(d.func().body(), d.fileScope());
    }

    /**
     * Generic bodies are checked per instantiation only, so imports they mention are marked used
     * here (a walk over the record components of the syntax tree).
     */
    private void markImportsUsed(Object node, Scope fileScope) {
        switch (node) {
            case null -> {}
            case Expr.Selector sel when sel.x() instanceof Expr.Ident id -> {
                if (fileScope.lookupLocal(id.name()) instanceof gojc.frontend.types.PkgName pn) pn.markUsed();
            }
            case List<?> list -> { for (Object o : list) markImportsUsed(o, fileScope); }
            case Record r -> {
                for (var rc : r.getClass().getRecordComponents()) {
                    try {
                        Object v = rc.getAccessor().invoke(r);
                        if (v instanceof Record || v instanceof List<?>) markImportsUsed(v, fileScope);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> {}
        }
    }

    List<TypeParam> typeParams(Func f) {
        return generic(f).tparams();
    }

    int typeParamCount(Func f) {
        return generic(f).tparams().size();
    }

    boolean isGeneric(Func f) {
        return funcDecls.containsKey(f);
    }

    void declareMethod(String base, PkgChecker.DeclInfo d) {
        methods.computeIfAbsent(base, k -> new ArrayList<>()).add(d);
        markImportsUsed(d.func().body(), d.fileScope());
    }

    void declareType(Named origin, Spec.Type spec, Scope fileScope) {
        types.put(origin, new GenericType(origin, spec, fileScope));
        Scope s = new Scope(fileScope, false);
        origin.setTypeParams(typeParams(spec.typeParams(), s));
        Scope saved = c.scope;
        c.scope = s;
        try {
            Type u = c.typexprs.type(spec.type()).underlying();
            origin.setUnderlying(u == null ? Universe.INVALID : u);
        } finally {
            c.scope = saved;
        }
    }

    boolean isGenericType(Type t) {
        return t instanceof Named n && types.containsKey(n);
    }

    /** Declares type parameters in scope s (constraints checked there too). */
    private List<TypeParam> typeParams(List<Field> fields, Scope s) {
        List<TypeParam> tps = new ArrayList<>();
        Scope saved = c.scope;
        c.scope = s;
        try {
            for (Field f : fields) {
                for (Expr.Ident n : f.names()) {
                    TypeName tn = new TypeName(n.name(), n.pos(), c.path, null);
                    TypeParam tp = new TypeParam(tn, tps.size(), null);
                    tn.setType(tp);
                    s.insert(tn);
                    tps.add(tp);
                }
            }
            int i = 0;
            for (Field f : fields) {
                Type ct = constraint(f.type());
                for (Expr.Ident n : f.names()) tps.get(i++).setConstraint(ct);
            }
        } finally {
            c.scope = saved;
        }
        return tps;
    }

    private Type constraint(Expr e) {
        if (e instanceof Expr.Binary || e instanceof Expr.Unary) {
            return c.typexprs.type(new Expr.InterfaceType(e.pos(), List.of(new Field(e.pos(), List.of(), e, null))));
        }
        Type t = c.typexprs.type(e);
        if (!Types.isInvalid(t) && !(t.underlying() instanceof Type.Interface)) {
            return new Type.Interface(List.of(), List.of(), List.of(new Type.Term(false, t)));
        }
        return t;
    }

    /** The signature of generic function f over its type parameters. */
    Type.Signature genericSignature(Func f) {
        return generic(f).sig();
    }

    private GenericFunc generic(Func f) {
        GenericFunc g = funcs.get(f);
        if (g != null) return g;
        PkgChecker.DeclInfo d = funcDecls.get(f);
        Scope s = new Scope(d.fileScope(), false);
        List<TypeParam> tps = typeParams(d.func().type().typeParams(), s);
        Scope saved = c.scope;
        c.scope = s;
        Type.Signature sig;
        try {
            sig = c.typexprs.signatureNoTypeParams(null, d.func().type());
        } finally {
            c.scope = saved;
        }
        g = new GenericFunc(f, d, tps, sig);
        funcs.put(f, g);
        return g;
    }

    /** A key identical type-argument lists share: structure, with defined types by identity. */
    private static String key(List<Type> targs) {
        StringBuilder b = new StringBuilder("[");
        for (Type t : targs) {
            key(t, b);
            b.append(';');
        }
        return b.append(']').toString();
    }

    private static void key(Type t, StringBuilder b) {
        switch (t) {
            case Named n -> b.append(n.obj().name()).append('@').append(System.identityHashCode(n));
            case TypeParam p -> b.append(p.obj().name()).append('@').append(System.identityHashCode(p));
            case Type.Pointer p -> key(p.elem(), b.append('*'));
            case Type.Slice s -> key(s.elem(), b.append("[]"));
            case Type.Array a -> key(a.elem(), b.append('[').append(a.len()).append(']'));
            case Type.Map m -> {
                key(m.key(), b.append("map["));
                key(m.elem(), b.append(']'));
            }
            case Type.Chan ch -> key(ch.elem(), b.append("chan").append(ch.dir()).append(' '));
            case Type.Signature sig -> {
                b.append("func(");
                for (Var v : sig.params()) key(v.type(), b.append(','));
                b.append(sig.variadic() ? "...)(" : ")(");
                for (Var v : sig.results()) key(v.type(), b.append(','));
                b.append(')');
            }
            case Type.Struct st -> {
                b.append("struct{");
                for (Type.Field f : st.fields()) {
                    b.append(f.embedded() ? "!" : "").append(f.pkg()).append('.').append(f.name()).append(' ');
                    key(f.type(), b);
                    b.append(' ').append(f.tag()).append(';');
                }
                b.append('}');
            }
            case Type.Interface it -> {
                b.append("interface{");
                for (Type.Method m : it.methods()) key(m.sig(), b.append(m.pkg()).append('.').append(m.name()));
                for (Type e : it.embedded()) key(e, b.append(';'));
                for (Type.Term term : it.terms()) key(term.type(), b.append(term.tilde() ? "|~" : "|"));
                b.append('}');
            }
            default -> b.append(t);
        }
    }

    /** The type arguments as gc prints them in an instance's name (types of this package unqualified). */
    private String display(List<Type> targs) {
        String saved = gojc.frontend.types.TypeStrings.localPackage();
        gojc.frontend.types.TypeStrings.setLocalPackage(c.path);
        try {
            StringJoiner j = new StringJoiner(",", "[", "]");
            for (Type t : targs) j.add(t.toString());
            return j.toString();
        } finally {
            gojc.frontend.types.TypeStrings.setLocalPackage(saved);
        }
    }

    private static boolean concrete(List<Type> targs) {
        for (Type t : targs) if (mentionsTypeParam(t)) return false;
        return true;
    }

    private static boolean mentionsTypeParam(Type t) {
        return switch (t) {
            case TypeParam p -> true;
            case Type.Pointer p -> mentionsTypeParam(p.elem());
            case Type.Slice s -> mentionsTypeParam(s.elem());
            case Type.Array a -> mentionsTypeParam(a.elem());
            case Type.Map m -> mentionsTypeParam(m.key()) || mentionsTypeParam(m.elem());
            case Type.Chan ch -> mentionsTypeParam(ch.elem());
            case Named n -> n.typeArgs().stream().anyMatch(Generics::mentionsTypeParam);
            default -> false;
        };
    }

    /** t with type parameters replaced by their arguments. */
    Type subst(Type t, Map<TypeParam, Type> m) {
        return switch (t) {
            case null -> null;
            case TypeParam tp -> m.getOrDefault(tp, tp);
            case Type.Pointer p -> new Type.Pointer(subst(p.elem(), m));
            case Type.Slice s -> new Type.Slice(subst(s.elem(), m));
            case Type.Array a -> new Type.Array(a.len(), subst(a.elem(), m));
            case Type.Map mt -> new Type.Map(subst(mt.key(), m), subst(mt.elem(), m));
            case Type.Chan ch -> new Type.Chan(ch.dir(), subst(ch.elem(), m));
            case Type.Signature sig -> new Type.Signature(null, List.of(), substVars(sig.params(), m), substVars(sig.results(), m), sig.variadic());
            case Type.Struct st -> {
                List<Type.Field> fs = new ArrayList<>();
                for (Type.Field f : st.fields()) fs.add(new Type.Field(f.name(), subst(f.type(), m), f.embedded(), f.tag(), f.pkg()));
                yield new Type.Struct(fs);
            }
            case Type.Interface it -> {
                List<Type.Method> ms = new ArrayList<>();
                for (Type.Method mm : it.methods()) ms.add(new Type.Method(mm.name(), (Type.Signature) subst(mm.sig(), m), mm.pkg()));
                List<Type> emb = new ArrayList<>();
                for (Type e : it.embedded()) emb.add(subst(e, m));
                List<Type.Term> terms = new ArrayList<>();
                for (Type.Term term : it.terms()) terms.add(new Type.Term(term.tilde(), subst(term.type(), m)));
                yield new Type.Interface(ms, emb, terms);
            }
            case Named n when !n.typeArgs().isEmpty() && types.containsKey(n.origin()) -> {
                List<Type> args = new ArrayList<>();
                for (Type a : n.typeArgs()) args.add(subst(a, m));
                yield instantiateType(n.origin(), args, Pos.NONE);
            }
            default -> t;
        };
    }

    private List<Var> substVars(List<Var> vs, Map<TypeParam, Type> m) {
        List<Var> out = new ArrayList<>();
        for (Var v : vs) out.add(new Var(v.name(), v.pos(), v.pkg(), subst(v.type(), m), v.kind()));
        return out;
    }

    private Map<TypeParam, Type> bindings(List<TypeParam> tps, List<Type> targs) {
        Map<TypeParam, Type> m = new HashMap<>();
        for (int i = 0; i < tps.size() && i < targs.size(); i++) m.put(tps.get(i), targs.get(i));
        return m;
    }

    /** Whether targ satisfies constraint; reports otherwise. */
    private boolean satisfies(Type targ, Type constraint, Pos pos, String pname) {
        if (constraint == null || Types.isInvalid(constraint) || mentionsTypeParam(targ)) return true;
        if (Types.isComparableConstraint(constraint)) {
            if (strictlyComparable(targ)) return true;
            c.error(pos, (targ == Universe.ANY ? "any" : targ.toString()) + " does not implement comparable");
            return false;
        }
        if (!(constraint.underlying() instanceof Type.Interface ci)) return true;
        List<Type.Term> terms = allTerms(ci);
        if (!terms.isEmpty()) {
            boolean ok = false;
            for (Type.Term t : terms) {
                if (t.tilde() ? Types.identical(targ.underlying(), t.type().underlying()) : Types.identical(targ, t.type())) ok = true;
            }
            if (!ok) {
                c.error(pos, targ + " does not implement " + constraint + " (" + targ + " missing in " + termList(terms) + ")");
                return false;
            }
        }
        for (Type e : ci.embedded()) if (Types.isComparableConstraint(e) && !satisfies(targ, e, pos, pname)) return false;
        var m = Lookup.missingMethod(targ, ci);
        if (m != null) {
            c.error(pos, targ + " does not implement " + constraint + " " + Assign.missingReason(targ, m));
            return false;
        }
        return true;
    }

    /** Go 1.19's comparable: == defined and never panicking, so no interfaces anywhere inside. */
    private static boolean strictlyComparable(Type t) {
        if (t instanceof TypeParam) return true;
        return switch (t.underlying()) {
            case Type.Interface i -> false;
            case Type.Struct s -> s.fields().stream().allMatch(f -> strictlyComparable(f.type()));
            case Type.Array a -> strictlyComparable(a.elem());
            default -> Types.comparable(t);
        };
    }

    private static List<Type.Term> allTerms(Type.Interface i) {
        List<Type.Term> out = new ArrayList<>(i.terms());
        for (Type e : i.embedded()) if (e.underlying() instanceof Type.Interface ei && !Types.isComparableConstraint(e)) out.addAll(allTerms(ei));
        return out;
    }

    private static String termList(List<Type.Term> terms) {
        StringJoiner j = new StringJoiner(" | ");
        for (Type.Term t : terms) j.add((t.tilde() ? "~" : "") + t.type());
        return j.toString();
    }

    /** A scope binding type parameter names to type arguments. */
    private Scope binding(Scope parent, List<String> names, List<Type> targs) {
        Scope s = new Scope(parent, false);
        for (int i = 0; i < names.size() && i < targs.size(); i++) {
            if (names.get(i).equals("_")) continue;
            s.insert(new TypeName(names.get(i), Pos.NONE, c.path, targs.get(i)));
        }
        return s;
    }

    private static List<String> names(List<Field> fields) {
        List<String> out = new ArrayList<>();
        for (Field f : fields) for (Expr.Ident n : f.names()) out.add(n.name());
        return out;
    }

    /** The instance of a generic function for targs (checked against constraints); null on error. */
    Func instantiate(Func f, List<Type> targs, Pos pos) {
        return instantiate(f, targs, pos, null);
    }

    /** As above; at gives the position to report each type argument's constraint failure at. */
    Func instantiate(Func f, List<Type> targs, Pos pos, List<Pos> at) {
        GenericFunc g = generic(f);
        if (targs.size() != g.tparams().size()) {
            c.error(pos, "got " + targs.size() + " type arguments but want " + g.tparams().size());
            return null;
        }
        Map<TypeParam, Type> bm = bindings(g.tparams(), targs);
        for (int i = 0; i < targs.size(); i++) {
            Pos p = at != null && i < at.size() ? at.get(i) : pos;
            if (!satisfies(targs.get(i), subst(g.tparams().get(i).constraint(), bm), p, g.tparams().get(i).toString())) return null;
        }
        String k = f.name() + key(targs);
        Func inst = funcInstances.get(k);
        if (inst != null) return inst;
        if (instantiationCycle(g, targs, pos, at)) return null;
        inst = new Func(f.name() + display(targs), f.pos(), f.pkg(), null);
        funcInstances.put(k, inst);
        Decl.Func fd = g.d().func();
        Scope s = binding(g.d().fileScope(), names(fd.type().typeParams()), targs);
        Scope saved = c.scope;
        FuncCtx savedFn = c.fn;
        c.scope = s;
        c.fn = null;
        try {
            inst.setType(c.typexprs.signatureNoTypeParams(null, fd.type()));
        } finally {
            c.scope = saved;
            c.fn = savedFn;
        }
        if (fd.body() == null) inst.markExternal();
        if (concrete(targs)) pendingBodies.add(new Pending(inst, new PkgChecker.DeclInfo(s, null, 0, null, null, 0, null, fd, null), g, targs));
        return inst;
    }

    /**
     * gc rejects a generic function that instantiates itself with a type argument built from its
     * own type parameter (T instantiated as []T): instantiation would never end. Seen from the
     * instances, the new type arguments strictly contain the current ones.
     */
    private boolean instantiationCycle(GenericFunc g, List<Type> targs, Pos pos, List<Pos> at) {
        int n = instanceCounts.merge(g.f(), 1, Integer::sum);
        if (current != null && current.generic() == g) {
            for (int i = 0; i < targs.size(); i++) {
                Type cur = current.targs().get(i);
                Type t = targs.get(i);
                if (!Types.identical(cur, t) && contains(t, cur)) {
                    String tp = g.tparams().get(i).obj().name();
                    Pos where = at != null && i < at.size() ? at.get(i) : pos;
                    c.error(g.tparams().get(i).obj().pos(), "instantiation cycle:\n\t" + where + ": " + tp
                            + " instantiated as " + t.toString().replace(cur.toString(), tp));
                    return true;
                }
            }
        }
        if (n > 10_000) {
            c.error(g.tparams().get(0).obj().pos(), "instantiation cycle");
            return true;
        }
        return false;
    }

    private static boolean contains(Type t, Type part) {
        if (Types.identical(t, part)) return true;
        return switch (t) {
            case Type.Pointer p -> contains(p.elem(), part);
            case Type.Slice s -> contains(s.elem(), part);
            case Type.Array a -> contains(a.elem(), part);
            case Type.Map m -> contains(m.key(), part) || contains(m.elem(), part);
            case Type.Chan ch -> contains(ch.elem(), part);
            case Type.Signature sig -> sig.params().stream().anyMatch(v -> contains(v.type(), part))
                    || sig.results().stream().anyMatch(v -> contains(v.type(), part));
            case Type.Struct st -> st.fields().stream().anyMatch(f -> contains(f.type(), part));
            case Named n -> n.typeArgs().stream().anyMatch(x -> contains(x, part));
            default -> false;
        };
    }

    /**
     * Infers the type arguments of f as Go 1.19 does: explicit ones first, then unification with the
     * typed arguments, constraint type inference, the default types of untyped constant arguments
     * whose parameter is a bare type parameter still unknown, and constraint type inference again.
     */
    List<Type> infer(Func f, List<Type> explicit, List<Operand> args, Pos pos) {
        GenericFunc g = generic(f);
        Map<TypeParam, Type> bound = new HashMap<>();
        if (explicit != null) for (int i = 0; i < explicit.size(); i++) bound.put(g.tparams().get(i), explicit.get(i));
        List<Var> params = g.sig().params();
        List<Integer> untyped = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            Type pt = paramType(g, i);
            if (a.invalid() || pt == null) continue;
            if (Types.isUntyped(a.type)) untyped.add(i);
            else unify(pt, a.type, bound);
        }
        constraintInference(g, bound);
        Map<TypeParam, Operand> byDefault = new HashMap<>();
        for (int i : untyped) {
            Operand a = args.get(i);
            if (!(paramType(g, i) instanceof TypeParam tp) || a.isNil()) continue;
            Type d = Types.defaultType(a.type);
            Type have = bound.get(tp);
            if (have == null) {
                bound.put(tp, d);
                byDefault.put(tp, a);
            } else if (byDefault.containsKey(tp) && !Types.identical(have, d)) {
                c.error(Exprs.start(a.expr), "default type " + d + " of " + ExprString.of(a.expr)
                        + " does not match inferred type " + have + " for " + tp.obj().name());
                return null;
            }
        }
        constraintInference(g, bound);
        List<Type> out = new ArrayList<>();
        for (TypeParam tp : g.tparams()) {
            Type t = bound.get(tp);
            if (t == null) {
                c.error(pos, "cannot infer " + tp.obj().name() + " (" + tp.obj().pos() + ")");
                return null;
            }
            out.add(t);
        }
        return out;
    }

    private static Type paramType(GenericFunc g, int i) {
        List<Var> params = g.sig().params();
        boolean variadic = g.sig().variadic();
        if (variadic && i >= params.size() - 1) {
            return params.get(params.size() - 1).type() instanceof Type.Slice sl ? sl.elem() : null;
        }
        return i < params.size() ? params.get(i).type() : null;
    }

    /** A type parameter whose constraint has a core type (S ~[]E) reveals the parameters in it. */
    private void constraintInference(GenericFunc g, Map<TypeParam, Type> bound) {
        for (int round = 0; round <= g.tparams().size(); round++) {
            for (TypeParam tp : g.tparams()) {
                if (!(tp.constraint() != null && tp.constraint().underlying() instanceof Type.Interface ci)) continue;
                List<Type.Term> terms = allTerms(ci);
                if (terms.size() != 1) continue;
                Type.Term term = terms.get(0);
                Type b = bound.get(tp);
                if (b != null) {
                    unify(term.type(), term.tilde() ? b.underlying() : b, bound);
                } else if (!term.tilde()) {
                    Type t = subst(term.type(), bound);
                    if (!mentionsTypeParam(t)) bound.put(tp, t);
                }
            }
        }
    }

    private void unify(Type p, Type arg, Map<TypeParam, Type> bound) {
        // a type parameter of the enclosing generic (in a body checked in generic form) unifies
        // through its core type with a structured parameter type, as Go's inexact unification does
        Type a = arg;
        if (!(p instanceof TypeParam) && !(p instanceof Named) && arg instanceof TypeParam atp && Types.coreType(atp) != null) {
            a = Types.coreType(atp);
        }
        unifyExact(p, a, bound);
    }

    private void unifyExact(Type p, Type a, Map<TypeParam, Type> bound) {
        switch (p) {
            case TypeParam tp -> bound.putIfAbsent(tp, a);
            case Type.Pointer pp when a.underlying() instanceof Type.Pointer ap -> unify(pp.elem(), ap.elem(), bound);
            case Type.Slice ps when a.underlying() instanceof Type.Slice as -> unify(ps.elem(), as.elem(), bound);
            case Type.Array pa when a.underlying() instanceof Type.Array aa -> unify(pa.elem(), aa.elem(), bound);
            case Type.Map pm when a.underlying() instanceof Type.Map am -> {
                unify(pm.key(), am.key(), bound);
                unify(pm.elem(), am.elem(), bound);
            }
            case Type.Chan pc when a.underlying() instanceof Type.Chan ac -> unify(pc.elem(), ac.elem(), bound);
            case Type.Struct ps when a.underlying() instanceof Type.Struct as && ps.fields().size() == as.fields().size() -> {
                for (int i = 0; i < ps.fields().size(); i++) unify(ps.fields().get(i).type(), as.fields().get(i).type(), bound);
            }
            case Type.Signature ps when a.underlying() instanceof Type.Signature as -> {
                for (int i = 0; i < ps.params().size() && i < as.params().size(); i++) {
                    unify(ps.params().get(i).type(), as.params().get(i).type(), bound);
                }
                for (int i = 0; i < ps.results().size() && i < as.results().size(); i++) {
                    unify(ps.results().get(i).type(), as.results().get(i).type(), bound);
                }
            }
            case Named pn when a instanceof Named an && an.origin() == pn.origin() -> {
                for (int i = 0; i < pn.typeArgs().size() && i < an.typeArgs().size(); i++) {
                    unify(pn.typeArgs().get(i), an.typeArgs().get(i), bound);
                }
            }
            // inexact unification: a generic defined type against an unnamed type matches structurally
            case Named pn when !(a instanceof Named) && !pn.typeArgs().isEmpty() && pn.underlying() != null -> unify(pn.underlying(), a, bound);
            default -> {}
        }
    }

    /** The instance origin[targs] of a generic type, with its methods. */
    Type instantiateType(Named origin, List<Type> targs, Pos pos) {
        return instantiateType(origin, targs, pos, null);
    }

    Type instantiateType(Named origin, List<Type> targs, Pos pos, List<Pos> at) {
        GenericType g = types.get(origin);
        if (targs.size() != origin.typeParams().size()) {
            c.error(pos, "got " + targs.size() + " arguments but " + origin.typeParams().size() + " type parameters");
            return Universe.INVALID;
        }
        Map<TypeParam, Type> bm = bindings(origin.typeParams(), targs);
        for (int i = 0; i < targs.size(); i++) {
            Pos p = at != null && i < at.size() ? at.get(i) : pos;
            if (!satisfies(targs.get(i), subst(origin.typeParams().get(i).constraint(), bm), p, "")) return Universe.INVALID;
        }
        String k = origin.obj().name() + key(targs);
        Named inst = typeInstances.get(k);
        if (inst != null) return inst;
        inst = new Named(origin.obj(), null);
        inst.setInstance(origin, List.copyOf(targs));
        typeInstances.put(k, inst);
        Scope s = binding(g.fileScope(), names(g.spec().typeParams()), targs);
        Scope saved = c.scope;
        FuncCtx savedFn = c.fn;
        c.scope = s;
        c.fn = null;
        try {
            Type u = c.typexprs.type(g.spec().type()).underlying();
            inst.setUnderlying(u == null ? Universe.INVALID : u);
            boolean conc = concrete(targs);
            if (conc) c.types.add(inst);
            for (PkgChecker.DeclInfo md : methods.getOrDefault(origin.obj().name(), List.of())) {
                Decl.Func fd = md.func();
                Scope ms = binding(md.fileScope(), recvTypeParams(fd.recv().type()), targs);
                c.scope = ms;
                Func m = new Func(fd.name().name(), fd.name().pos(), c.path, null);
                Type rt = unparen(fd.recv().type()) instanceof Expr.Star ? new Type.Pointer(inst) : inst;
                m.setType(c.typexprs.signatureNoTypeParams(fd.recv(), rt, fd.type()));
                if (fd.body() == null) m.markExternal();
                inst.methods().add(m);
                if (conc) pendingBodies.add(new Pending(m, new PkgChecker.DeclInfo(ms, null, 0, null, null, 0, null, fd, null), null, targs));
            }
        } finally {
            c.scope = saved;
            c.fn = savedFn;
        }
        return inst;
    }

    private static Expr unparen(Expr e) {
        return e instanceof Expr.Paren p ? unparen(p.x()) : e;
    }

    private static List<String> recvTypeParams(Expr e) {
        return switch (e) {
            case Expr.Star s -> recvTypeParams(s.x());
            case Expr.Paren p -> recvTypeParams(p.x());
            case Expr.Index ix -> {
                List<String> out = new ArrayList<>();
                for (Expr i : ix.indices()) out.add(i instanceof Expr.Ident id ? id.name() : "_");
                yield out;
            }
            default -> List.of();
        };
    }

    /**
     * Checks every generic function and method body of the main package once, with its type
     * parameters as types (as go/types does), so errors are reported once, in terms of the type
     * parameters, even for generics never instantiated. Library packages are trusted.
     */
    void checkGenericBodies() {
        if (!c.path.equals("main")) return;
        for (var e : funcDecls.entrySet()) {
            GenericFunc g = generic(e.getKey());
            Decl.Func fd = g.d().func();
            if (fd.body() == null) continue;
            Scope s = binding(g.d().fileScope(), names(fd.type().typeParams()), new ArrayList<>(g.tparams()));
            Func gf = new Func(e.getKey().name(), e.getKey().pos(), e.getKey().pkg(), g.sig());
            PkgChecker.DeclInfo d = new PkgChecker.DeclInfo(s, null, 0, null, null, 0, null, fd, null);
            // its own type parameters as the current type arguments: T instantiated as []T is a cycle here
            current = new Pending(gf, d, g, new ArrayList<>(g.tparams()));
            try {
                checkGeneric(gf, d);
            } finally {
                current = null;
            }
        }
        for (var e : methods.entrySet()) {
            Named origin = null;
            for (Named n : types.keySet()) if (n.obj().name().equals(e.getKey())) origin = n;
            if (origin == null) continue;
            for (PkgChecker.DeclInfo md : e.getValue()) {
                Decl.Func fd = md.func();
                if (fd.body() == null) continue;
                List<String> names = recvTypeParams(fd.recv().type());
                if (names.size() != origin.typeParams().size()) continue;
                Scope ms = binding(md.fileScope(), names, new ArrayList<>(origin.typeParams()));
                Scope saved = c.scope;
                FuncCtx savedFn = c.fn;
                c.scope = ms;
                c.fn = null;
                Func m = new Func(fd.name().name(), fd.name().pos(), c.path, null);
                List<PkgChecker.Held> savedHeld = c.held;
                c.held = new ArrayList<>();
                try {
                    m.setType(c.typexprs.signatureNoTypeParams(fd.recv(), fd.type()));
                } catch (RuntimeException ex) {
                    continue;
                } finally {
                    c.held = savedHeld;
                    c.scope = saved;
                    c.fn = savedFn;
                }
                checkGeneric(m, new PkgChecker.DeclInfo(ms, null, 0, null, null, 0, null, fd, null));
            }
        }
    }

    /** Checks one generic body, reporting its errors only if the check ran to completion. */
    private void checkGeneric(Func f, PkgChecker.DeclInfo d) {
        List<PkgChecker.Held> saved = c.held;
        List<PkgChecker.Held> errs = new ArrayList<>();
        int types = c.types.size();
        c.held = errs;
        c.genericDecl = true;
        boolean done = false;
        try {
            c.stmts.funcDecl(f, d);
            done = true;
        } catch (RuntimeException ex) {
            // a construct the generic check does not model: its instances are checked instead
        } finally {
            c.genericDecl = false;
            c.held = saved;
            dropLocalTypes(types);
        }
        if (!done) return;
        checkedGeneric.add(d.func());
        for (PkgChecker.Held h : errs) c.error(h.pos(), h.msg());
    }

    /**
     * Local types of a generic body are only compiled per instance: those the generic-form check
     * declared from index from on are dropped, with instances built on them. Instances of generic
     * types with concrete arguments stay: they are cached, and instance bodies use them too.
     */
    private void dropLocalTypes(int from) {
        List<Named> added = new ArrayList<>(c.types.subList(from, c.types.size()));
        c.types.subList(from, c.types.size()).clear();
        List<Named> locals = added.stream().filter(n -> n.typeArgs().isEmpty()).toList();
        for (Named n : added) {
            if (!n.typeArgs().isEmpty() && locals.stream().noneMatch(l -> contains(n, l))) c.types.add(n);
        }
    }

    /**
     * Checks queued instance bodies (instantiation may queue more); errors in the bodies of
     * generics checked in generic form were reported there, once.
     */
    void checkPendingBodies(List<TFunc> out) {
        while (!pendingBodies.isEmpty()) {
            Pending p = pendingBodies.remove(0);
            boolean saved = c.instanceBody;
            List<PkgChecker.Held> savedHeld = c.held;
            // errors of a body checked in generic form were reported there, once
            if (checkedGeneric.contains(p.decl().func())) c.held = new ArrayList<>();
            c.instanceBody = true;
            current = p;
            TFunc tf;
            try {
                tf = c.stmts.funcDecl(p.inst(), p.decl());
            } finally {
                c.instanceBody = saved;
                c.held = savedHeld;
                current = null;
            }
            if (tf != null) out.add(tf);
        }
    }
}
