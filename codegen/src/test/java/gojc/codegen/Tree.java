// A small DSL for building typed programs by hand in tests, as the checker would produce them.
package gojc.codegen;

import gojc.frontend.ast.Op;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TPackage;
import gojc.frontend.tree.TProgram;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Builtin.BuiltinId;
import gojc.frontend.types.Func;
import gojc.frontend.types.Label;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class Tree {
    private Tree() {}

    static Type.Basic basic(BasicKind k) {
        return new Type.Basic(k, k.name().toLowerCase());
    }

    static final Type BOOL = basic(BasicKind.BOOL);
    static final Type INT = basic(BasicKind.INT);
    static final Type INT8 = basic(BasicKind.INT8);
    static final Type INT16 = basic(BasicKind.INT16);
    static final Type INT32 = basic(BasicKind.INT32);
    static final Type INT64 = basic(BasicKind.INT64);
    static final Type UINT8 = basic(BasicKind.UINT8);
    static final Type UINT16 = basic(BasicKind.UINT16);
    static final Type UINT32 = basic(BasicKind.UINT32);
    static final Type UINT64 = basic(BasicKind.UINT64);
    static final Type FLOAT32 = basic(BasicKind.FLOAT32);
    static final Type FLOAT64 = basic(BasicKind.FLOAT64);
    static final Type STRING = basic(BasicKind.STRING);
    static final Type ANY = new Type.Interface(List.of(), List.of(), List.of());
    static final Type VOID = new Type.Tuple(List.of());

    static Pos p(int line) {
        return new Pos("/src/main.go", line, 1);
    }

    static Var local(String name, Type t) {
        return new Var(name, p(1), "main", t, Var.Kind.LOCAL);
    }

    static Var param(String name, Type t) {
        return new Var(name, p(1), "main", t, Var.Kind.PARAM);
    }

    static Type.Signature sig(List<Var> params, List<Var> results) {
        return new Type.Signature(null, List.of(), params, results, false);
    }

    static TExpr c(long v, Type t) {
        return new TExpr.Const(p(1), t, v);
    }

    static TExpr c(double v) {
        return new TExpr.Const(p(1), FLOAT64, v);
    }

    static TExpr s(String v) {
        return new TExpr.Const(p(1), STRING, v.getBytes(StandardCharsets.UTF_8));
    }

    static TExpr ref(Var v) {
        return new TExpr.VarRef(p(1), v.type(), v);
    }

    static TExpr bin(Op op, TExpr x, TExpr y) {
        Type t = switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ, LAND, LOR -> BOOL;
            default -> x.type();
        };
        return new TExpr.Binary(p(1), t, op, x, y);
    }

    static TExpr conv(Type t, TExpr x) {
        return new TExpr.Convert(p(1), t, x);
    }

    static TExpr println(TExpr... args) {
        return new TExpr.CallBuiltin(p(1), VOID, BuiltinId.PRINTLN, null, List.of(args), false);
    }

    static TExpr call(Func f, TExpr... args) {
        List<Var> rs = f.type().results();
        Type t = rs.isEmpty() ? VOID : rs.size() == 1 ? rs.get(0).type()
                : new Type.Tuple(rs.stream().map(Var::type).toList());
        return new TExpr.CallFunc(p(1), t, f, List.of(args));
    }

    static Func fmtPrintln() {
        Var a = new Var("a", p(1), "fmt", new Type.Slice(ANY), Var.Kind.PARAM);
        Var n = new Var("n", p(1), "fmt", INT, Var.Kind.RESULT);
        Var err = new Var("err", p(1), "fmt", ANY, Var.Kind.RESULT);
        Func f = new Func("Println", p(1), "fmt", new Type.Signature(null, List.of(), List.of(a), List.of(n, err), true));
        f.markExternal();
        return f;
    }

    /** fmt.Println(args...) with the variadic slice packed, as the checker makes it explicit. */
    static TExpr fmtPrintln(TExpr... args) {
        List<Long> idx = new ArrayList<>();
        List<TExpr> boxed = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            idx.add((long) i);
            boxed.add(args[i].type() == ANY ? args[i] : conv(ANY, args[i]));
        }
        return call(fmtPrintln(), new TExpr.ListLit(p(1), new Type.Slice(ANY), idx, boxed, args.length));
    }

    static TStmt expr(TExpr x) {
        return new TStmt.ExprStmt(x.pos(), x);
    }

    static TStmt decl(Var v, TExpr init) {
        return new TStmt.VarDecl(p(1), v, init);
    }

    static TStmt assign(TExpr lhs, TExpr rhs) {
        return new TStmt.Assign(p(1), Arrays.asList(lhs), List.of(rhs));
    }

    static TStmt.Block block(TStmt... ss) {
        return new TStmt.Block(p(1), List.of(ss));
    }

    static TStmt ret(TExpr... xs) {
        return new TStmt.Return(p(1), List.of(xs));
    }

    static TStmt forLoop(TExpr cond, TStmt post, TStmt... body) {
        return new TStmt.For(p(1), new Label("", p(1)), cond, post, block(body));
    }

    static Func func(String name, Type.Signature sig) {
        return new Func(name, p(1), "main", sig);
    }

    static TFunc tfunc(Func f, List<Var> params, List<Var> results, TStmt... body) {
        boolean hasDefer = Arrays.stream(body).anyMatch(s -> s instanceof TStmt.Defer);
        return new TFunc(p(1), f.name(), f, f.type(), null, params, results, block(body), hasDefer, false);
    }

    static TProgram mainProgram(List<TFunc> others, TStmt... mainBody) {
        Func main = func("main", sig(List.of(), List.of()));
        List<TFunc> funcs = new ArrayList<>(others);
        funcs.add(tfunc(main, List.of(), List.of(), mainBody));
        return new TProgram(List.of(new TPackage("main", "main", List.of(), List.of(), funcs, List.of(), List.of())));
    }
}
