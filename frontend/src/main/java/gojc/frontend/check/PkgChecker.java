package gojc.frontend.check;

import gojc.frontend.ast.Decl;
import gojc.frontend.ast.Expr;
import gojc.frontend.ast.File;
import gojc.frontend.ast.Spec;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TPackage;
import gojc.frontend.types.Const;
import gojc.frontend.types.Func;
import gojc.frontend.types.Named;
import gojc.frontend.types.Obj;
import gojc.frontend.types.Package;
import gojc.frontend.types.PkgName;
import gojc.frontend.types.Scope;
import gojc.frontend.types.Type;
import gojc.frontend.types.TypeName;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one package, in go/types' phase order (check.go's checkFiles): collect package-level
 * objects into the package and file scopes, type-check their declarations lazily in dependency
 * order (objDecl), then function bodies, then package-level variable initialisation order and
 * unused imports. The per-area work lives in the helpers it owns (expressions, calls, statements…).
 */
final class PkgChecker {
    final Checker prog;
    final Package pkg;
    final String path;
    final List<File> files;

    /** What a package-level object was declared by. */
    record DeclInfo(Scope fileScope, Spec.Value valueSpec, int index, Expr typeExpr, Expr init, int iota,
            Spec.Type typeSpec, Decl.Func func, List<Var> lhs) {}

    final Map<Obj, DeclInfo> decls = new IdentityHashMap<>();
    final List<Obj> declOrder = new ArrayList<>();
    final Map<Var, FuncCtx> owner = new IdentityHashMap<>();
    final Map<Obj, Set<Obj>> deps = new IdentityHashMap<>();
    final Set<Obj> checking = new HashSet<>();
    final Map<Var, TPackage.VarInit> varInits = new IdentityHashMap<>();
    final List<PkgName> imports = new ArrayList<>();

    final List<TFunc> funcs = new ArrayList<>();
    final List<TFunc> inits = new ArrayList<>();
    final List<Named> types = new ArrayList<>();
    final List<Var> vars = new ArrayList<>();

    FuncCtx fn;
    /**
     * Whether the body being checked is a generic instance's: Go checks generic code once over its
     * type parameters, so a check that only fails for some type arguments (an impossible
     * assertion to a type parameter) is not an error there.
     */
    boolean instanceBody;
    Scope scope;
    Obj curDecl;
    /** The iota of the constant spec being checked, or null outside constant declarations. */
    gojc.frontend.constant.Value iota;

    final Exprs exprs = new Exprs(this);
    final Operators operators = new Operators(this);
    final TypeExprs typexprs = new TypeExprs(this);
    final Assign assign = new Assign(this);
    final Calls calls = new Calls(this);
    final Builtins builtins = new Builtins(this);
    final Selectors selectors = new Selectors(this);
    final Composites composites = new Composites(this);
    final Stmts stmts = new Stmts(this);
    final Decls declChecker = new Decls(this);
    final Generics generics = new Generics(this);

    PkgChecker(Checker prog, String path, String name, List<File> files) {
        this.prog = prog;
        this.path = path;
        this.files = files;
        this.pkg = new Package(path, name, new Scope(prog.universe, false));
    }

    /** The generics of the package declaring o (this one or an imported one). */
    Generics generics(Obj o) {
        Generics g = prog.generics(o.pkg(), this);
        return g == null ? generics : g;
    }

    /** An error held back while a generic or instance body is checked. */
    record Held(Pos pos, String msg) {}

    /** While non-null, errors are collected here instead of reported. */
    List<Held> held;

    /** Whether a generic function's or generic type's method's body is being checked in generic form. */
    boolean genericDecl;

    /**
     * Errors gc's compiler proper finds after type checking (a type declaration inside a generic
     * function): reported only if type checking found none.
     */
    final List<Held> afterTypes = new ArrayList<>();

    void error(Pos pos, String msg) {
        if (held != null) held.add(new Held(pos, msg));
        else prog.diags.error(pos, msg);
    }

    /** An error gc finds while parsing (labels, branches), before any type error. */
    void branchError(Pos pos, String msg) {
        prog.diags.errorWhileParsing(pos, msg);
    }

    /** Resolves a name from the current scope; records dependencies and closure captures. */
    Obj lookup(String name) {
        Obj o = scope.lookup(name);
        if (o == null) return null;
        use(o);
        return o;
    }

    void use(Obj o) {
        if (decls.containsKey(o)) {
            if (curDecl != null) deps.computeIfAbsent(curDecl, k -> new LinkedHashSet<>()).add(o);
            declChecker.objDecl(o);
        }
        if (o instanceof Var v && fn != null) {
            FuncCtx own = owner.get(v);
            if (own != null && own != fn) {
                v.markCaptured();
                for (FuncCtx f = fn; f != null && f != own; f = f.parent) f.captured.add(v);
            }
        }
        if (o instanceof PkgName pn) pn.markUsed();
    }

    /** Declares a local in the current scope, reporting redeclarations. */
    void declareLocal(Var v, Pos pos) {
        if (v.name().equals("_")) return;
        Obj old = scope.insert(v);
        if (old != null) {
            if (!(old.pos().equals(v.pos()))) error(pos, redeclared(v, old));
            return;
        }
        if (fn != null) {
            owner.put(v, fn);
            if (v.kind() == Var.Kind.LOCAL) fn.locals.add(v);
        }
    }

    Scope openScope() {
        scope = new Scope(scope, false);
        return scope;
    }

    void closeScope() {
        scope = scope.parent();
    }

    /** Runs the package's phases and returns its typed form. */
    TPackage check() {
        declChecker.collect();
        for (Obj o : new ArrayList<>(declOrder)) declChecker.objDecl(o);
        TypeCycles.check(this);
        declChecker.funcBodies();
        for (PkgName pn : imports) {
            if (!pn.used() && !pn.name().equals("_")) {
                DeclInfo d = null;
                String p = pn.imported() == null ? pn.name() : pn.imported().path();
                String last = p.substring(p.lastIndexOf('/') + 1);
                if (pn.name().equals(last) || pn.imported() != null && pn.name().equals(pn.imported().name())) {
                    error(pn.pos(), "imported and not used: \"" + p + "\"");
                } else {
                    error(pn.pos(), "imported and not used: \"" + p + "\" as " + pn.name());
                }
            }
        }
        List<TPackage.VarInit> order = InitOrder.order(this);
        return new TPackage(path, pkg.name(), vars, order, funcs, inits, types);
    }

    /** gc's redeclaration error, pointing at the other declaration. */
    static String redeclared(Obj o, Obj old) {
        String msg = o.name() + " redeclared in this block";
        return old.pos().line() == 0 ? msg : msg + "\n\t" + old.pos() + ": other declaration of " + o.name();
    }

    boolean universeObj(Obj o) {
        return prog.universe.lookupLocal(o.name()) == o;
    }
}
