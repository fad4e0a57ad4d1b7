// Tests of structs, pointers to structs, methods, interfaces, maps and recover on hand-built typed
// programs; expected outputs are what gc prints for the equivalent Go program (in each comment).
package gojc.codegen;

import static gojc.codegen.Tree.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.frontend.ast.Op;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TPackage;
import gojc.frontend.tree.TProgram;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Builtin.BuiltinId;
import gojc.frontend.types.Func;
import gojc.frontend.types.Label;
import gojc.frontend.types.Named;
import gojc.frontend.types.Type;
import gojc.frontend.types.TypeName;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreLanguageTest {
    static Named named(String name, Type underlying) {
        TypeName tn = new TypeName(name, p(1), "main", null);
        Named n = new Named(tn, underlying);
        tn.setType(n);
        return n;
    }

    static Type.Struct struct(Object... nameTypes) {
        List<Type.Field> fs = new ArrayList<>();
        for (int i = 0; i < nameTypes.length; i += 2) {
            fs.add(new Type.Field((String) nameTypes[i], (Type) nameTypes[i + 1], false, "", "main"));
        }
        return new Type.Struct(fs);
    }

    static TExpr field(TExpr x, String name) {
        Type.Struct st = (Type.Struct) x.type().underlying();
        Type ft = st.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().type();
        return new TExpr.Field(p(1), ft, x, new Var(name, p(1), "main", ft, Var.Kind.FIELD));
    }

    static TExpr deref(TExpr x) {
        return new TExpr.Deref(p(1), ((Type.Pointer) x.type()).elem(), x);
    }

    static TExpr builtin(BuiltinId id, Type t, Type typeArg, TExpr... args) {
        return new TExpr.CallBuiltin(p(1), t, id, typeArg, List.of(args), false);
    }

    static TProgram program(List<Named> types, List<TFunc> funcs, TStmt... mainBody) {
        Func main = func("main", sig(List.of(), List.of()));
        List<TFunc> all = new ArrayList<>(funcs);
        all.add(tfunc(main, List.of(), List.of(), mainBody));
        return new TProgram(List.of(new TPackage("main", "main", List.of(), List.of(), all, List.of(), types)));
    }

    static Var result(Type t) {
        return new Var("", p(1), "main", t, Var.Kind.RESULT);
    }

    static TFunc method(Named n, Func m, Var recv, List<Var> params, List<Var> results, TStmt... body) {
        return new TFunc(p(1), m.name(), m, m.type(), recv, params, results, block(body), false, false);
    }

    static Runner.Result run(TProgram p) throws Exception {
        return Runner.run(CodeGenerator.generate(p));
    }

    /*
     * type Q struct{ A float64 }
     * type P struct{ X int; Name string; In Q }
     * func (p P) Sum() int { return p.X + 1 }
     * func (p *P) Inc() { p.X++ }
     * func (p P) String() string { return p.Name }
     * func main() {
     *     var a P; a.X = 5; a.Name = "bob"
     *     b := a; b.X = 7
     *     pa := &a; pa.Inc()
     *     println(a.X, b.X, a.Sum(), a == b, a.In.A)
     *     a = b; println(pa.X)
     *     var i any = a; a.X = 100
     *     v := i.(P); println(v.X)
     *     _, ok := i.(*P); println(ok)
     *     var s fmt.Stringer = pa; println(s.String(), i == any(b))
     * }
     */
    @Test
    void structsMethodsAndInterfaces() throws Exception {
        Named q = named("Q", struct("A", FLOAT64));
        Named pt = named("P", struct("X", INT, "Name", STRING, "In", q));
        Type ptrP = new Type.Pointer(pt);
        Var r1 = new Var("p", p(1), "main", pt, Var.Kind.RECEIVER);
        Func sum = new Func("Sum", p(1), "main", new Type.Signature(r1, List.of(), List.of(), List.of(result(INT)), false));
        Var r2 = new Var("p", p(1), "main", ptrP, Var.Kind.RECEIVER);
        Func inc = new Func("Inc", p(1), "main", new Type.Signature(r2, List.of(), List.of(), List.of(), false));
        Var r3 = new Var("p", p(1), "main", pt, Var.Kind.RECEIVER);
        Type.Signature strSig = new Type.Signature(r3, List.of(), List.of(), List.of(result(STRING)), false);
        Func str = new Func("String", p(1), "main", strSig);
        pt.methods().addAll(List.of(sum, inc, str));
        TFunc tSum = method(pt, sum, r1, List.of(), sum.type().results(), ret(bin(Op.ADD, field(ref(r1), "X"), c(1, INT))));
        TFunc tInc = method(pt, inc, r2, List.of(), List.of(),
                new TStmt.OpAssign(p(1), field(deref(ref(r2)), "X"), Op.ADD, c(1, INT)));
        TFunc tStr = method(pt, str, r3, List.of(), str.type().results(), ret(field(ref(r3), "Name")));

        Var a = local("a", pt), b = local("b", pt), pa = local("pa", ptrP), i = local("i", ANY), v = local("v", pt);
        Var ok = local("ok", BOOL);
        a.markAddressTaken();
        Type.Signature ifSig = new Type.Signature(null, List.of(), List.of(), List.of(result(STRING)), false);
        Type stringer = new Type.Interface(List.of(new Type.Method("String", ifSig, "fmt")), List.of(), List.of());
        Var s = local("s", stringer);
        TExpr callSum = new TExpr.CallMethod(p(1), INT, sum, ref(a), List.of());
        TExpr callInc = new TExpr.CallMethod(p(1), VOID, inc, ref(pa), List.of());
        TExpr callStr = new TExpr.CallInterface(p(1), STRING, ref(s), new Type.Method("String", ifSig, "fmt"), List.of());
        Type tup = new Type.Tuple(List.of(ptrP, BOOL));
        TProgram prog = program(List.of(q, pt), List.of(tSum, tInc, tStr),
                decl(a, null), assign(field(ref(a), "X"), c(5, INT)), assign(field(ref(a), "Name"), s("bob")),
                decl(b, ref(a)), assign(field(ref(b), "X"), c(7, INT)),
                decl(pa, new TExpr.AddrOf(p(1), ptrP, ref(a))), expr(callInc),
                expr(println(field(ref(a), "X"), field(ref(b), "X"), callSum, bin(Op.EQL, ref(a), ref(b)),
                        field(field(ref(a), "In"), "A"))),
                assign(ref(a), ref(b)), expr(println(field(deref(ref(pa)), "X"))),
                decl(i, conv(ANY, ref(a))), assign(field(ref(a), "X"), c(100, INT)),
                decl(v, new TExpr.TypeAssert(p(1), pt, ref(i), pt, false)), expr(println(field(ref(v), "X"))),
                decl(ok, null),
                new TStmt.AssignTuple(p(1), Arrays.asList(null, ref(ok)), new TExpr.TypeAssert(p(1), tup, ref(i), ptrP, true)),
                expr(println(ref(ok))),
                decl(s, conv(stringer, ref(pa))),
                expr(println(callStr, bin(Op.EQL, ref(i), conv(ANY, ref(b))))));
        Runner.Result r = run(prog);
        assertEquals("6 7 7 false +0.000000e+000\n7\n7\nfalse\nbob true\n", r.stderr());
    }

    /*
     * m := map[string]int{"a": 1}; m["b"] += 2
     * v, ok := m["c"]; println(v, ok, m["b"], len(m))
     * delete(m, "a"); sum := 0; for k, v := range m { sum += v; println(k) }; println(sum, len(m))
     * f := map[float64]int{}; nan := 0.0/0.0; f[nan] = 1; f[nan] = 2; f[0.0] = 3; f[-0.0] = 4
     * println(len(f), f[0.0])
     * var nm map[string]int; println(nm["x"], len(nm))
     */
    @Test
    void mapsHaveGoSemantics() throws Exception {
        Type msi = new Type.Map(STRING, INT);
        Type mfi = new Type.Map(FLOAT64, INT);
        Var m = local("m", msi), v = local("v", INT), ok = local("ok", BOOL), sum = local("sum", INT), k = local("k", STRING);
        Var f = local("f", mfi), nan = local("nan", FLOAT64), nm = local("nm", msi);
        TExpr lenM = builtin(BuiltinId.LEN, INT, null, ref(m));
        TExpr mi = new TExpr.MapIndex(p(1), INT, ref(m), s("b"), false);
        TStmt range = new TStmt.Range(p(1), new Label("", p(1)), ref(k), ref(v), ref(m),
                block(new TStmt.OpAssign(p(1), ref(sum), Op.ADD, ref(v)), expr(println(ref(k)))));
        TProgram prog = program(List.of(), List.of(),
                decl(m, new TExpr.MapLit(p(1), msi, List.of(s("a")), List.of(c(1, INT)))),
                new TStmt.OpAssign(p(1), new TExpr.MapIndex(p(1), INT, ref(m), s("b"), false), Op.ADD, c(2, INT)),
                decl(v, null), decl(ok, null),
                new TStmt.AssignTuple(p(1), List.of(ref(v), ref(ok)),
                        new TExpr.MapIndex(p(1), new Type.Tuple(List.of(INT, BOOL)), ref(m), s("c"), true)),
                expr(println(ref(v), ref(ok), mi, lenM)),
                expr(builtin(BuiltinId.DELETE, VOID, null, ref(m), s("a"))),
                decl(sum, null), decl(k, null), range, expr(println(ref(sum), lenM)),
                decl(f, builtin(BuiltinId.MAKE, mfi, mfi)), decl(nan, bin(Op.QUO, c(0.0), c(0.0))),
                assign(new TExpr.MapIndex(p(1), INT, ref(f), ref(nan), false), c(1, INT)),
                assign(new TExpr.MapIndex(p(1), INT, ref(f), ref(nan), false), c(2, INT)),
                assign(new TExpr.MapIndex(p(1), INT, ref(f), c(0.0), false), c(3, INT)),
                assign(new TExpr.MapIndex(p(1), INT, ref(f), c(-0.0), false), c(4, INT)),
                expr(println(builtin(BuiltinId.LEN, INT, null, ref(f)), new TExpr.MapIndex(p(1), INT, ref(f), c(0.0), false))),
                decl(nm, null),
                expr(println(new TExpr.MapIndex(p(1), INT, ref(nm), s("x"), false), builtin(BuiltinId.LEN, INT, null, ref(nm)))));
        Runner.Result r = run(prog);
        assertEquals("0 false 2 2\nb\n2 1\n3 4\n0 0\n", r.stderr());
    }

    /*
     * func f() (r int) {
     *     defer func() { e := recover(); println(e.(error).Error()); r = 5 }()
     *     var m map[string]int; m["x"] = 1; return 0
     * }
     * func main() { println(f()); var i any = "hi"; println(i.(int)) }
     */
    @Test
    void recoverStopsPanicAndTypeAssertPanics() throws Exception {
        Var r = new Var("r", p(1), "main", INT, Var.Kind.RESULT);
        r.markCaptured();
        Type.Signature errSig = new Type.Signature(null, List.of(), List.of(), List.of(result(STRING)), false);
        Type.Method errM = new Type.Method("Error", errSig, "");
        Type error = new Type.Interface(List.of(errM), List.of(), List.of());
        Var e = local("e", ANY);
        TExpr errText = new TExpr.CallInterface(p(1), STRING, new TExpr.TypeAssert(p(1), error, ref(e), error, false), errM,
                List.of());
        Type.Signature thunk = sig(List.of(), List.of());
        TFunc lit = new TFunc(p(3), "main.f.func1", null, thunk, null, List.of(), List.of(),
                block(decl(e, builtin(BuiltinId.RECOVER, ANY, null)), expr(println(errText)), assign(ref(r), c(5, INT))),
                false, true);
        Var m = local("m", new Type.Map(STRING, INT));
        Func f = func("f", sig(List.of(), List.of(r)));
        TFunc tf = new TFunc(p(2), "f", f, f.type(), null, List.of(), List.of(r), block(
                new TStmt.Defer(p(3), new TExpr.CallValue(p(3), VOID, new TExpr.FuncLit(p(3), thunk, lit, List.of(r)), List.of())),
                decl(m, null), assign(new TExpr.MapIndex(p(4), INT, ref(m), s("x"), false), c(1, INT)), ret(c(0, INT))),
                true, false);
        Var i = local("i", ANY);
        TProgram prog = program(List.of(), List.of(tf), expr(println(call(f))), decl(i, conv(ANY, s("hi"))),
                expr(println(new TExpr.TypeAssert(p(9), INT, ref(i), INT, false))));
        Runner.Result res = run(prog);
        assertTrue(res.stderr().startsWith("assignment to entry in nil map\n5\n"
                + "panic: interface conversion: interface {} is string, not int"), res.stderr());
        assertEquals(2, res.exit());
    }

    /*
     * type C struct{ N int }
     * func (c C) Get() int { return c.N }
     * func main() {
     *     c := C{1}; g := c.Get; e := C.Get; c.N = 2
     *     println(g(), e(c))
     *     a := [3]int{1, 2, 3}; b := a; b[0] = 9
     *     for i, v := range a { a[2] = 10; println(i, v) }
     *     println(a == b, len(a), a[2])
     *     var i int = 5; println(b[i])
     * }
     */
    @Test
    void methodValuesAndArrays() throws Exception {
        Named ct = named("C", struct("N", INT));
        Var rc = new Var("c", p(1), "main", ct, Var.Kind.RECEIVER);
        Func get = new Func("Get", p(1), "main", new Type.Signature(rc, List.of(), List.of(), List.of(result(INT)), false));
        ct.methods().add(get);
        TFunc tGet = method(ct, get, rc, List.of(), get.type().results(), ret(field(ref(rc), "N")));
        Type.Signature gsig = sig(List.of(), List.of(result(INT)));
        Type.Signature esig = sig(List.of(param("c", ct)), List.of(result(INT)));
        Var c = local("c", ct), g = local("g", gsig), e = local("e", esig);
        Type arr = new Type.Array(3, INT);
        Var a = local("a", arr), b = local("b", arr), i = local("i", INT), v = local("v", INT), n = local("n", INT);
        TStmt range = new TStmt.Range(p(1), new Label("", p(1)), ref(i), ref(v), ref(a),
                block(assign(new TExpr.Index(p(1), INT, ref(a), c(2, INT)), c(10, INT)), expr(println(ref(i), ref(v)))));
        TProgram prog = program(List.of(ct), List.of(tGet),
                decl(c, new TExpr.StructLit(p(1), ct, List.of(c(1, INT)))),
                decl(g, new TExpr.MethodValue(p(1), gsig, ref(c), get)),
                decl(e, new TExpr.FuncRef(p(1), esig, get)),
                assign(field(ref(c), "N"), c(2, INT)),
                expr(println(new TExpr.CallValue(p(1), INT, ref(g), List.of()),
                        new TExpr.CallValue(p(1), INT, ref(e), List.of(ref(c))))),
                decl(a, new TExpr.ListLit(p(1), arr, List.of(0L, 1L, 2L), List.of(c(1, INT), c(2, INT), c(3, INT)), 3)),
                decl(b, ref(a)), assign(new TExpr.Index(p(1), INT, ref(b), c(0, INT)), c(9, INT)),
                decl(i, null), decl(v, null), range,
                expr(println(bin(Op.EQL, ref(a), ref(b)), builtin(BuiltinId.LEN, INT, null, ref(a)),
                        new TExpr.Index(p(1), INT, ref(a), c(2, INT)))),
                decl(n, c(5, INT)), expr(println(new TExpr.Index(p(7), INT, ref(b), ref(n)))));
        Runner.Result r = run(prog);
        assertTrue(r.stderr().startsWith("1 2\n0 1\n1 2\n2 3\nfalse 3 10\n"
                + "panic: runtime error: index out of range [5] with length 3"), r.stderr());
        assertEquals(2, r.exit());
    }

    /*
     * var g int
     * type S struct{ N int }
     * func main() {
     *     x := 1; p := &x; *p = 5; println(x, *p, p == &x)
     *     a := [2]int{}; q := &a[1]; *q = 7; println(a[1])
     *     s := S{}; r := &s.N; *r += 3; println(s.N)
     *     n := new(int); *n = 4; println(*n, n == p)
     *     pg := &g; *pg = 9; println(g)
     * }
     */
    @Test
    void pointersToNonStructLocations() throws Exception {
        Type pint = new Type.Pointer(INT);
        Var g = new Var("g", p(1), "main", INT, Var.Kind.PACKAGE);
        Named st = named("S", struct("N", INT));
        Var x = local("x", INT), pv = local("p", pint), a = local("a", new Type.Array(2, INT)), qv = local("q", pint);
        Var sv = local("s", st), rv = local("r", pint), nv = local("n", pint), pg = local("pg", pint);
        x.markAddressTaken();
        TExpr ax = new TExpr.AddrOf(p(1), pint, ref(x));
        Func main = func("main", sig(List.of(), List.of()));
        TFunc tm = tfunc(main, List.of(), List.of(),
                decl(x, c(1, INT)), decl(pv, ax), assign(deref(ref(pv)), c(5, INT)),
                expr(println(ref(x), deref(ref(pv)), bin(Op.EQL, ref(pv), ax))),
                decl(a, null), decl(qv, new TExpr.AddrOf(p(1), pint, new TExpr.Index(p(1), INT, ref(a), c(1, INT)))),
                assign(deref(ref(qv)), c(7, INT)), expr(println(new TExpr.Index(p(1), INT, ref(a), c(1, INT)))),
                decl(sv, null), decl(rv, new TExpr.AddrOf(p(1), pint, field(ref(sv), "N"))),
                new TStmt.OpAssign(p(1), deref(ref(rv)), Op.ADD, c(3, INT)), expr(println(field(ref(sv), "N"))),
                decl(nv, builtin(BuiltinId.NEW, pint, INT)), assign(deref(ref(nv)), c(4, INT)),
                expr(println(deref(ref(nv)), bin(Op.EQL, ref(nv), ref(pv)))),
                decl(pg, new TExpr.AddrOf(p(1), pint, ref(g))), assign(deref(ref(pg)), c(9, INT)), expr(println(ref(g))));
        TProgram prog = new TProgram(List.of(new TPackage("main", "main", List.of(g), List.of(), List.of(tm), List.of(),
                List.of(st))));
        Runner.Result r = run(prog);
        assertEquals("5 5 true\n7\n3\n4 false\n9\n", r.stderr());
    }

    /*
     * type V struct{ N int }
     * type W V
     * func main() {
     *     a := [2]V{}; b := a; b[0].N = 1; println(a[0].N, b[0].N)
     *     s := make([]V, 2); s[0].N = 3; println(s[0].N, s[1].N)
     *     w := W(b[0]); w.N = 8; println(w.N, b[0].N)
     *     var x, y any = []int{}, []int{}; println(x == y)
     * }
     */
    @Test
    void arraysOfStructsSlicesConversionsAndUncomparable() throws Exception {
        Named vt = named("V", struct("N", INT));
        Named wt = named("W", vt.underlying());
        Type arr = new Type.Array(2, vt), sl = new Type.Slice(vt), ints = new Type.Slice(INT);
        Var a = local("a", arr), b = local("b", arr), s = local("s", sl), w = local("w", wt);
        Var x = local("x", ANY), y = local("y", ANY);
        TExpr a0 = new TExpr.Index(p(1), vt, ref(a), c(0, INT)), b0 = new TExpr.Index(p(1), vt, ref(b), c(0, INT));
        TExpr s0 = new TExpr.Index(p(1), vt, ref(s), c(0, INT)), s1 = new TExpr.Index(p(1), vt, ref(s), c(1, INT));
        TProgram prog = program(List.of(vt, wt), List.of(),
                decl(a, null), decl(b, ref(a)), assign(field(b0, "N"), c(1, INT)),
                expr(println(field(a0, "N"), field(b0, "N"))),
                decl(s, builtin(BuiltinId.MAKE, sl, sl, c(2, INT))), assign(field(s0, "N"), c(3, INT)),
                expr(println(field(s0, "N"), field(s1, "N"))),
                decl(w, conv(wt, b0)), assign(field(ref(w), "N"), c(8, INT)), expr(println(field(ref(w), "N"), field(b0, "N"))),
                decl(x, conv(ANY, new TExpr.ListLit(p(1), ints, List.of(), List.of(), 0))),
                decl(y, conv(ANY, new TExpr.ListLit(p(1), ints, List.of(), List.of(), 0))),
                expr(println(bin(Op.EQL, ref(x), ref(y)))));
        Runner.Result r = run(prog);
        assertTrue(r.stderr().startsWith("0 1\n3 0\n8 1\npanic: runtime error: comparing uncomparable type []int"),
                r.stderr());
        assertEquals(2, r.exit());
    }

    /*
     * func helper() any { return recover() }
     * func f() { defer func() { println(helper() == nil); println(recover() != nil) }(); panic("x") }
     * func main() { f(); println("after") }
     */
    @Test
    void recoverOnlyDirectlyInDeferredFunction() throws Exception {
        Func helper = func("helper", sig(List.of(), List.of(result(ANY))));
        TFunc th = tfunc(helper, List.of(), helper.type().results(), ret(builtin(BuiltinId.RECOVER, ANY, null)));
        Type.Signature thunk = sig(List.of(), List.of());
        TExpr nil = new TExpr.Zero(p(1), ANY);
        TFunc lit = new TFunc(p(3), "main.f.func1", null, thunk, null, List.of(), List.of(),
                block(expr(println(bin(Op.EQL, call(helper), nil))),
                        expr(println(bin(Op.NEQ, builtin(BuiltinId.RECOVER, ANY, null), nil)))), false, true);
        Func f = func("f", sig(List.of(), List.of()));
        TFunc tf = new TFunc(p(2), "f", f, f.type(), null, List.of(), List.of(), block(
                new TStmt.Defer(p(3), new TExpr.CallValue(p(3), VOID, new TExpr.FuncLit(p(3), thunk, lit, List.of()), List.of())),
                expr(builtin(BuiltinId.PANIC, VOID, null, conv(ANY, s("x"))))), true, false);
        Runner.Result r = run(program(List.of(), List.of(th, tf), expr(call(f)), expr(println(s("after")))));
        assertEquals("true\ntrue\nafter\n", r.stderr());
    }

    /*
     * type Inner struct{ Name string }
     * func (i Inner) String() string { return i.Name }
     * type Outer struct { Inner; N int }
     * func main() {
     *     o := Outer{Inner{"in"}, 1}; var s fmt.Stringer = o; o.Inner.Name = "changed"
     *     println(s.String(), o.Name)
     *     var x any = struct{ A int }{7}; _, ok := x.(struct{ A int }); println(ok)
     * }
     */
    @Test
    void promotedMethodsSatisfyInterfacesAndAnonymousStructs() throws Exception {
        Named inner = named("Inner", struct("Name", STRING));
        Var ri = new Var("i", p(1), "main", inner, Var.Kind.RECEIVER);
        Func str = new Func("String", p(1), "main", new Type.Signature(ri, List.of(), List.of(), List.of(result(STRING)), false));
        inner.methods().add(str);
        TFunc tStr = method(inner, str, ri, List.of(), str.type().results(), ret(field(ref(ri), "Name")));
        Named outer = named("Outer", new Type.Struct(List.of(new Type.Field("Inner", inner, true, "", "main"),
                new Type.Field("N", INT, false, "", "main"))));
        Type.Signature ifSig = new Type.Signature(null, List.of(), List.of(), List.of(result(STRING)), false);
        Type.Method sm = new Type.Method("String", ifSig, "fmt");
        Type stringer = new Type.Interface(List.of(sm), List.of(), List.of());
        Type anon = struct("A", INT);
        Var o = local("o", outer), sv = local("s", stringer), x = local("x", ANY), ok = local("ok", BOOL);
        TProgram prog = program(List.of(inner, outer), List.of(tStr),
                decl(o, new TExpr.StructLit(p(1), outer, List.of(new TExpr.StructLit(p(1), inner, List.of(s("in"))), c(1, INT)))),
                decl(sv, conv(stringer, ref(o))), assign(field(field(ref(o), "Inner"), "Name"), s("changed")),
                expr(println(new TExpr.CallInterface(p(1), STRING, ref(sv), sm, List.of()), field(field(ref(o), "Inner"), "Name"))),
                decl(x, conv(ANY, new TExpr.StructLit(p(1), anon, List.of(c(7, INT))))), decl(ok, null),
                new TStmt.AssignTuple(p(1), Arrays.asList(null, ref(ok)),
                        new TExpr.TypeAssert(p(1), new Type.Tuple(List.of(anon, BOOL)), ref(x), anon, true)),
                expr(println(ref(ok))));
        Runner.Result r = run(prog);
        assertEquals("in changed\ntrue\n", r.stderr());
    }
}
