package gojc.frontend.check;

import gojc.frontend.ast.Decl;
import gojc.frontend.ast.Expr;
import gojc.frontend.ast.File;
import gojc.frontend.ast.Spec;
import gojc.frontend.constant.Value;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TPackage;
import gojc.frontend.types.Const;
import gojc.frontend.types.Func;
import gojc.frontend.types.Named;
import gojc.frontend.types.Obj;
import gojc.frontend.types.PkgName;
import gojc.frontend.types.Scope;
import gojc.frontend.types.Type;
import gojc.frontend.types.TypeName;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level declarations (go/types resolver.go and decl.go): collecting objects into the
 * package and file scopes, checking each declaration on first use (objDecl), attaching methods to
 * their receiver base types, and queueing function bodies.
 */
final class Decls {
    private final PkgChecker c;
    private final Set<Obj> done = new HashSet<>();
    private final Map<String, List<Func>> methodsByBase = new HashMap<>();
    private final List<Func> bodies = new ArrayList<>();

    Decls(PkgChecker c) {
        this.c = c;
    }

    void collect() {
        for (File f : c.files) {
            Scope fileScope = new Scope(c.pkg.scope(), false);
            for (Spec.Import imp : f.imports()) {
                var imported = c.prog.loaded(imp.path());
                String name = imp.name() != null ? imp.name().name()
                        : imported != null ? imported.name() : imp.path().substring(imp.path().lastIndexOf('/') + 1);
                if (name.equals("_") || name.equals(".")) continue;
                if (imp.path().equals("unsafe")) continue;
                PkgName pn = new PkgName(name, imp.pos(), c.path, imported);
                if (fileScope.insert(pn) != null) {
                    c.error(imp.pos(), name + " redeclared in this block");
                    continue;
                }
                c.imports.add(pn);
                if (imported != null) c.pkg.imports().add(imported);
            }
            for (Decl d : f.decls()) {
                switch (d) {
                    case Decl.Gen g -> collectGen(g, fileScope);
                    case Decl.Func fd -> collectFunc(fd, fileScope);
                    case Decl.Bad b -> {}
                }
            }
        }
    }

    private void declare(Obj o, gojc.frontend.diag.Pos pos, PkgChecker.DeclInfo info) {
        c.decls.put(o, info);
        c.declOrder.add(o);
        if (o.name().equals("_")) return;
        Obj old = c.pkg.scope().insert(o);
        if (old != null) c.error(pos, PkgChecker.redeclared(o, old));
    }

    private void collectGen(Decl.Gen g, Scope fileScope) {
        Spec.Value last = null;
        for (Spec s : g.specs()) {
            switch (s) {
                case Spec.Value v when g.kind() == Decl.GenKind.CONST -> {
                    if (v.type() != null || !v.values().isEmpty()) last = v;
                    Spec.Value src = last == null ? v : last;
                    for (int i = 0; i < v.names().size(); i++) {
                        Expr.Ident n = v.names().get(i);
                        Const k = new Const(n.name(), n.pos(), c.path, null, null);
                        Expr init = i < src.values().size() ? src.values().get(i) : null;
                        declare(k, n.pos(), new PkgChecker.DeclInfo(fileScope, v, i, src.type(), init, v.iota(), null, null, null));
                    }
                }
                case Spec.Value v -> {
                    List<Var> lhs = new ArrayList<>();
                    for (Expr.Ident n : v.names()) lhs.add(new Var(n.name(), n.pos(), c.path, null, Var.Kind.PACKAGE));
                    boolean shared = v.values().size() == 1 && v.names().size() > 1;
                    for (int i = 0; i < lhs.size(); i++) {
                        Expr init = shared ? v.values().get(0) : i < v.values().size() ? v.values().get(i) : null;
                        c.vars.add(lhs.get(i));
                        declare(lhs.get(i), v.names().get(i).pos(), new PkgChecker.DeclInfo(fileScope, v, i, v.type(), init, 0,
                                null, null, shared ? lhs : List.of(lhs.get(i))));
                    }
                }
                case Spec.Type t -> {
                    TypeName tn = new TypeName(t.name().name(), t.name().pos(), c.path, null);
                    declare(tn, t.name().pos(), new PkgChecker.DeclInfo(fileScope, null, 0, t.type(), null, 0, t, null, null));
                }
                case Spec.Import i -> {}
            }
        }
    }

    private void collectFunc(Decl.Func fd, Scope fileScope) {
        Func f = new Func(fd.name().name(), fd.name().pos(), c.path, null);
        PkgChecker.DeclInfo info = new PkgChecker.DeclInfo(fileScope, null, 0, null, null, 0, null, fd, null);
        bodies.add(f);
        if (fd.recv() != null && isGenericRecv(fd.recv().type())) {
            c.generics.declareMethod(baseName(fd.recv().type()), info);
            bodies.remove(f);
            return;
        }
        if (fd.recv() != null) {
            c.decls.put(f, info);
            String base = baseName(fd.recv().type());
            if (base != null) methodsByBase.computeIfAbsent(base, k -> new ArrayList<>()).add(f);
            return;
        }
        if (fd.name().name().equals("init") && fd.recv() == null) {
            c.decls.put(f, info);
            if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty()) {
                c.error(fd.name().pos(), "func init must have no arguments and no return values");
            }
            return;
        }
        if (fd.name().name().equals("main") && c.pkg.name().equals("main")
                && (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())) {
            c.error(fd.name().pos(), "func main must have no arguments and no return values");
        }
        declare(f, fd.name().pos(), info);
    }

    private static boolean isGenericRecv(Expr e) {
        return switch (e) {
            case Expr.Star s -> isGenericRecv(s.x());
            case Expr.Paren p -> isGenericRecv(p.x());
            case Expr.Index ix -> true;
            default -> false;
        };
    }

    private static String baseName(Expr e) {
        return switch (e) {
            case Expr.Ident i -> i.name();
            case Expr.Star s -> baseName(s.x());
            case Expr.Paren p -> baseName(p.x());
            case Expr.Index ix -> baseName(ix.x());
            default -> null;
        };
    }

    /** Checks a package-level object's declaration, once. */
    void objDecl(Obj o) {
        if (done.contains(o)) return;
        PkgChecker.DeclInfo d = c.decls.get(o);
        if (d == null) return;
        if (c.checking.contains(o)) {
            if (o instanceof Var v) {
                // a cycle of variables only: reported as an initialization loop by InitOrder
                if (v.type() == null) v.setType(Universe.INVALID);
            } else if (o instanceof Const k) {
                c.error(o.pos(), "initialization cycle or invalid recursive reference: " + o.name() + " refers to itself");
                k.setType(Universe.INVALID);
                k.setValue(Value.UNKNOWN);
                done.add(o);
            } else if (o instanceof TypeName tn && tn.type() == null) {
                c.error(o.pos(), "invalid recursive type " + o.name());
                tn.setType(Universe.INVALID);
            }
            return;
        }
        c.checking.add(o);
        FuncCtx savedFn = c.fn;
        Scope savedScope = c.scope;
        Obj savedDecl = c.curDecl;
        Value savedIota = c.iota;
        c.fn = null;
        c.scope = d.fileScope();
        c.curDecl = o instanceof Var || o instanceof Func ? o : savedDecl;
        c.iota = null;
        try {
            switch (o) {
                case Const k -> constDecl(k, d);
                case Var v -> varDecl(v, d);
                case TypeName tn -> typeDecl(tn, d);
                case Func f -> funcDecl(f, d);
                default -> {}
            }
        } finally {
            c.checking.remove(o);
            done.add(o);
            c.fn = savedFn;
            c.scope = savedScope;
            c.curDecl = savedDecl;
            c.iota = savedIota;
        }
    }

    void constDecl(Const k, PkgChecker.DeclInfo d) {
        c.iota = Value.of(d.iota());
        Type t = d.typeExpr() == null ? null : c.typexprs.type(d.typeExpr());
        if (d.init() == null) {
            c.error(k.pos(), "missing init expr for const declaration");
            k.setType(Universe.INVALID);
            k.setValue(Value.UNKNOWN);
            return;
        }
        Operand x = c.exprs.expr(d.init());
        c.iota = null;
        initConst(k, t, x);
    }

    /** Shared by package-level and local constants. */
    void initConst(Const k, Type t, Operand x) {
        if (!x.invalid() && !x.isConst()) {
            c.error(Exprs.start(x.expr), x.describe() + " is not constant");
            x.setInvalid();
        }
        if (x.invalid() || t != null && Types.isInvalid(t)) {
            k.setType(Universe.INVALID);
            k.setValue(Value.UNKNOWN);
            return;
        }
        if (t != null) {
            if (!Types.isConstType(t)) {
                c.error(Exprs.start(x.expr), "invalid constant type " + t);
                k.setType(Universe.INVALID);
                k.setValue(Value.UNKNOWN);
                return;
            }
            c.assign.assignment(x, t, "constant declaration");
        }
        k.setType(x.invalid() ? Universe.INVALID : x.type);
        k.setValue(x.invalid() ? Value.UNKNOWN : x.val);
    }

    private void varDecl(Var v, PkgChecker.DeclInfo d) {
        Type t = d.typeExpr() == null ? null : c.typexprs.type(d.typeExpr());
        List<Var> lhs = d.lhs();
        if (lhs.size() > 1) {
            for (Var w : lhs) { if (t != null) w.setType(t); done.add(w); }
        }
        if (d.init() == null) {
            if (t == null) t = Universe.INVALID;
            for (Var w : lhs) w.setType(t);
            return;
        }
        if (lhs.size() > 1) {
            // var a, b = f()
            List<TExpr> rhs = c.assign.initVars(lhs, t, List.of(d.init()), d.valueSpec().pos(), false);
            var shared = c.deps.get(v);
            if (shared != null) for (Var w : lhs) c.deps.put(w, shared);
            if (rhs != null) for (Var w : lhs) c.varInits.put(w, new TPackage.VarInit(lhs, rhs));
            return;
        }
        Operand x = c.exprs.expr(d.init());
        c.assign.singleValue(x);
        TExpr tx = c.assign.initVar(v, t, x, "variable declaration");
        if (d.valueSpec().values().size() != d.valueSpec().names().size() && d.index() == 0) {
            c.assign.reportCountMismatch(d.valueSpec().pos(), d.valueSpec().names().size(), d.valueSpec().values());
        }
        if (tx != null) c.varInits.put(v, new TPackage.VarInit(List.of(v), List.of(tx)));
    }

    private void typeDecl(TypeName tn, PkgChecker.DeclInfo d) {
        Spec.Type spec = d.typeSpec();
        if (spec.alias()) {
            tn.setType(Universe.INVALID);
            tn.setType(c.typexprs.type(spec.type()));
            return;
        }
        Named n = new Named(tn, null);
        tn.setType(n);
        if (!spec.typeParams().isEmpty()) {
            c.generics.declareType(n, spec, d.fileScope());
            return;
        }
        c.types.add(n);
        Type u = c.typexprs.type(spec.type());
        Type under = u.underlying();
        if (under == null && u instanceof Named src && src != n) {
            // type T2 T1 while T1 is still being declared: T2's underlying is set when T1's is
            pending.add(new Named[] {n, src});
        } else if (under == null) {
            c.error(spec.name().pos(), "invalid recursive type " + tn.name());
            under = Universe.INVALID;
        }
        if (under != null) n.setUnderlying(under);
        resolvePending();
        for (Func m : methodsByBase.getOrDefault(tn.name(), List.of())) {
            objDecl(m);
            if (m.type() == null) continue;
            boolean dup = false;
            for (Func old : n.methods()) {
                if (old.name().equals(m.name())) {
                    c.error(m.pos(), "method " + tn.name() + "." + m.name() + " already declared at " + old.pos());
                    dup = true;
                }
            }
            if (!dup && under instanceof Type.Struct s) {
                for (Type.Field f : s.fields()) {
                    if (f.name().equals(m.name())) {
                        c.error(m.pos(), "field and method with the same name " + m.name());
                        dup = true;
                    }
                }
            }
            if (!dup) n.methods().add(m);
        }
    }

    private final List<Named[]> pending = new ArrayList<>();

    private void resolvePending() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Named[] p = it.next();
                if (p[1].underlying() != null) {
                    p[0].setUnderlying(p[1].underlying());
                    it.remove();
                    progress = true;
                }
            }
        }
    }

    private void funcDecl(Func f, PkgChecker.DeclInfo d) {
        Decl.Func fd = d.func();
        if (!fd.type().typeParams().isEmpty()) {
            c.generics.declareFunc(f, d);
            return;
        }
        f.setType(c.typexprs.signature(fd.recv(), fd.type()));
        if (fd.body() == null) f.markExternal();
        if (fd.recv() != null) checkReceiverBase(f, fd);
    }

    private void checkReceiverBase(Func f, Decl.Func fd) {
        Type r = f.type().recv().type();
        Type base = r instanceof Type.Pointer p ? p.elem() : r;
        if (Types.isInvalid(base)) return;
        if (!(base instanceof Named n) || !n.obj().pkg().equals(c.path)) {
            c.error(fd.recv().type().pos(), "cannot define new methods on non-local type " + base);
        } else if (n.underlying() instanceof Type.Pointer || n.underlying() instanceof Type.Interface) {
            c.error(fd.recv().type().pos(), "invalid receiver type " + base
                    + (n.underlying() instanceof Type.Pointer ? " (pointer or interface type)" : " (pointer or interface type)"));
        }
    }

    /** Checks every function body, after all package-level declarations. */
    void funcBodies() {
        for (Func f : bodies) {
            objDecl(f);
            PkgChecker.DeclInfo d = c.decls.get(f);
            c.declChecker.done.add(f);
            var tf = c.stmts.funcDecl(f, d);
            if (tf == null) continue;
            if (f.name().equals("init") && d.func().recv() == null) c.inits.add(tf);
            else c.funcs.add(tf);
        }
        c.generics.checkGenericBodies();
        c.generics.checkPendingBodies(c.funcs);
        if (!c.prog.diags.hasErrors()) for (PkgChecker.Held h : c.afterTypes) c.error(h.pos(), h.msg());
    }
}
