// End-to-end tests of the code generator on hand-built typed programs: every class is verified
// and run; expected outputs are what gc prints for the equivalent Go program.
package gojc.codegen;

import static gojc.codegen.Tree.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gojc.frontend.ast.Op;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TProgram;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Func;
import gojc.frontend.types.Label;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeGeneratorTest {
    private static Runner.Result run(TProgram p) throws Exception {
        return Runner.run(CodeGenerator.generate(p));
    }

    private static boolean hasFmt() {
        try {
            Class.forName("gojc.runtime.lib.fmt.Fmt");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void helloWorld() throws Exception {
        TProgram p = mainProgram(List.of(), expr(fmtPrintln(s("hello, world"), c(42, INT))));
        GeneratedProgram g = CodeGenerator.generate(p);
        Runner.verify(g);
        assumeTrue(hasFmt(), "fmt not in the runtime yet");
        Runner.Result r = Runner.run(g);
        assertEquals("hello, world 42\n", r.stdout());
        assertEquals(0, r.exit());
    }

    /** x := T(start); x = x op y; println(x) for each width. */
    private static List<TStmt> wrap(Type t, long start, Op op, long y) {
        Var x = local("x", t);
        return List.of(decl(x, c(start, t)), assign(ref(x), bin(op, ref(x), c(y, t))), expr(println(ref(x))));
    }

    @Test
    void arithmeticWrapsAtEachWidth() throws Exception {
        List<TStmt> body = new ArrayList<>();
        body.addAll(wrap(INT8, 127, Op.ADD, 1));
        body.addAll(wrap(UINT8, 255, Op.ADD, 1));
        body.addAll(wrap(INT16, 32767, Op.ADD, 1));
        body.addAll(wrap(UINT16, 0, Op.SUB, 1));
        body.addAll(wrap(INT32, Integer.MAX_VALUE, Op.ADD, 1));
        body.addAll(wrap(UINT32, 0, Op.SUB, 1));
        body.addAll(wrap(INT64, Long.MAX_VALUE, Op.ADD, 1));
        body.addAll(wrap(UINT64, 0, Op.SUB, 1));
        body.addAll(wrap(INT8, -128, Op.QUO, -1));
        body.addAll(wrap(UINT32, 0xFFFFFFFFL, Op.QUO, 2));
        body.addAll(wrap(UINT64, -1, Op.REM, 10));
        body.addAll(wrap(UINT8, 200, Op.MUL, 2));
        // Shifts by a variable count at and beyond the width.
        Var n = local("n", UINT);
        Var one = local("one", INT);
        Var neg = local("neg", INT8);
        body.add(decl(n, c(70, UINT)));
        body.add(decl(one, c(1, INT)));
        body.add(decl(neg, c(-8, INT8)));
        body.add(expr(println(bin(Op.SHL, ref(one), ref(n)), bin(Op.SHR, ref(neg), ref(n)),
                bin(Op.SHL, ref(neg), c(2, UINT)), bin(Op.SHR, ref(one), c(0, UINT)))));
        // Conversions.
        body.add(expr(println(conv(UINT8, c(-1, INT)), conv(INT32, c(1L << 40 | 5, INT)),
                conv(INT, c(-3.9)), conv(UINT32, c(-1, INT8)), conv(FLOAT64, c(-1, UINT64)))));
        Runner.Result r = run(mainProgram(List.of(), body.toArray(TStmt[]::new)));
        assertEquals("""
                -128
                0
                -32768
                65535
                -2147483648
                4294967295
                -9223372036854775808
                18446744073709551615
                -128
                2147483647
                5
                144
                0 -1 -32 1
                255 5 -3 4294967295 +1.844674e+019
                """, r.stderr());
        assertEquals(0, r.exit());
    }

    static final Type UINT = basic(gojc.frontend.types.BasicKind.UINT);

    @Test
    void loopSumsAndBreaks() throws Exception {
        Var i = local("i", INT), sum = local("sum", INT);
        Label outer = new Label("", p(1));
        TStmt loop = new TStmt.For(p(2), outer, bin(Op.LEQ, ref(i), c(100, INT)),
                new TStmt.OpAssign(p(2), ref(i), Op.ADD, c(1, INT)),
                block(new TStmt.If(p(3), bin(Op.GTR, ref(i), c(10, INT)), block(new TStmt.Break(p(3), outer)), null),
                        new TStmt.OpAssign(p(4), ref(sum), Op.ADD, ref(i))));
        Runner.Result r = run(mainProgram(List.of(), decl(sum, null), decl(i, c(1, INT)), loop, expr(println(ref(sum)))));
        assertEquals("55\n", r.stderr());
    }

    @Test
    void closureSharesCapturedVariable() throws Exception {
        Var n = local("n", INT);
        n.markCaptured();
        Type.Signature fs = sig(List.of(), List.of(new Var("", p(1), "main", INT, Var.Kind.RESULT)));
        TFunc lit = new TFunc(p(5), "main.func1", null, fs, null, List.of(), List.of(),
                block(new TStmt.OpAssign(p(6), ref(n), Op.ADD, c(1, INT)), ret(ref(n))), false, false);
        Var f = local("f", fs);
        TExpr callF = new TExpr.CallValue(p(7), INT, ref(f), List.of());
        Runner.Result r = run(mainProgram(List.of(), decl(n, c(10, INT)),
                decl(f, new TExpr.FuncLit(p(5), fs, lit, List.of(n))), expr(println(callF, callF)),
                expr(println(ref(n)))));
        assertEquals("11 12\n12\n", r.stderr());
    }

    @Test
    void multipleResults() throws Exception {
        Var a = param("a", INT), b = param("b", INT);
        List<Var> results = List.of(new Var("", p(1), "main", INT, Var.Kind.RESULT),
                new Var("", p(1), "main", INT, Var.Kind.RESULT));
        Func divmod = func("divmod", sig(List.of(a, b), results));
        TFunc dm = tfunc(divmod, List.of(a, b), results, ret(bin(Op.QUO, ref(a), ref(b)), bin(Op.REM, ref(a), ref(b))));
        Var q = local("q", INT), r = local("r", INT);
        Runner.Result res = run(mainProgram(List.of(dm), decl(q, null), decl(r, null),
                new TStmt.AssignTuple(p(1), List.of(ref(q), ref(r)), call(divmod, c(17, INT), c(5, INT))),
                expr(println(ref(q), ref(r)))));
        assertEquals("3 2\n", res.stderr());
    }

    @Test
    void rangeOverStringDecodesRunes() throws Exception {
        Var i = local("i", INT), ch = local("ch", INT32);
        TStmt range = new TStmt.Range(p(1), new Label("", p(1)), ref(i), ref(ch), s("hé\u4e16!"),
                block(expr(println(ref(i), ref(ch), conv(STRING, ref(ch))))));
        Runner.Result r = run(mainProgram(List.of(), decl(i, null), decl(ch, null), range));
        assertEquals("0 104 h\n1 233 é\n3 19990 世\n6 33 !\n", r.stderr());
    }

    @Test
    void slicesAppendIndexAndSwitch() throws Exception {
        Type ints = new Type.Slice(INT);
        Var xs = local("xs", ints), v = local("v", INT);
        TExpr app = new TExpr.CallBuiltin(p(1), ints, gojc.frontend.types.Builtin.BuiltinId.APPEND, null,
                List.of(ref(xs), c(7, INT), c(8, INT)), false);
        TExpr len = new TExpr.CallBuiltin(p(1), INT, gojc.frontend.types.Builtin.BuiltinId.LEN, null, List.of(ref(xs)),
                false);
        TExpr idx = new TExpr.Index(p(1), INT, ref(xs), c(1, INT));
        Label sl = new Label("", p(1));
        TStmt sw = new TStmt.Switch(p(1), sl, ref(v), List.of(
                new TStmt.Case(p(1), List.of(c(1, INT), c(7, INT)), false, block(expr(println(s("seven")))), true),
                new TStmt.Case(p(1), List.of(c(8, INT)), false, block(expr(println(s("eight")))), false),
                new TStmt.Case(p(1), List.of(), true, block(expr(println(s("other")))), false)));
        TStmt range = new TStmt.Range(p(1), new Label("", p(1)), null, ref(v), ref(xs), block(sw));
        Runner.Result r = run(mainProgram(List.of(), decl(xs, null), assign(ref(xs), app), decl(v, null),
                assign(idx, bin(Op.ADD, idx, c(1, INT))), expr(println(len, idx)), range));
        assertEquals("2 9\nseven\neight\nother\n", r.stderr());
    }

    @Test
    void deferSeesNamedResultAndGoStartsGoroutine() throws Exception {
        Var r = new Var("r", p(1), "main", INT, Var.Kind.RESULT);
        r.markCaptured();
        Type.Signature thunkSig = sig(List.of(), List.of());
        TFunc lit = new TFunc(p(11), "main.f.func1", null, thunkSig, null, List.of(), List.of(),
                block(new TStmt.OpAssign(p(12), ref(r), Op.MUL, c(2, INT))), false, false);
        TStmt defer = new TStmt.Defer(p(11), new TExpr.CallValue(p(11), VOID,
                new TExpr.FuncLit(p(11), thunkSig, lit, List.of(r)), List.of()));
        Func f = func("f", sig(List.of(), List.of(r)));
        TFunc tf = new TFunc(p(10), "f", f, f.type(), null, List.of(), List.of(r),
                block(defer, new TStmt.Return(p(13), List.of(c(21, INT)))), true, false);

        Var msg = param("msg", STRING);
        Func g = func("g", sig(List.of(msg), List.of()));
        TFunc tg = tfunc(g, List.of(msg), List.of(), expr(println(ref(msg))));
        Func sleep = new Func("Sleep", p(1), "time", sig(List.of(param("d", INT64)), List.of()));
        sleep.markExternal();
        TProgram prog = mainProgram(List.of(tf, tg), expr(println(call(f))),
                new TStmt.Go(p(20), call(g, s("from goroutine"))), expr(call(sleep, c(200_000_000L, INT64))));
        GeneratedProgram gen = CodeGenerator.generate(prog);
        Runner.Result res = Runner.run(gen);
        assertEquals("42\nfrom goroutine\n", res.stderr());

        var node = new org.objectweb.asm.tree.ClassNode();
        new org.objectweb.asm.ClassReader(gen.classes().get("main/$Package")).accept(node, 0);
        assertEquals("main.go", node.sourceFile);
        var fm = node.methods.stream().filter(m -> m.name.equals("f")).findFirst().orElseThrow();
        List<Integer> lines = new ArrayList<>();
        for (var insn : fm.instructions) if (insn instanceof org.objectweb.asm.tree.LineNumberNode ln) lines.add(ln.line);
        assertEquals(List.of(10, 11, 13), lines.subList(0, 3));
    }

    @Test
    void unsignedAndFloatComparisons() throws Exception {
        Var big = local("big", UINT32), small = local("small", UINT32);
        Var nan = local("nan", FLOAT64), u = local("u", UINT64);
        TExpr zero = c(0.0);
        TProgram prog = mainProgram(List.of(), decl(big, c(0xFFFFFFF0L, UINT32)), decl(small, c(1, UINT32)),
                decl(nan, bin(Op.QUO, zero, c(0.0))), decl(u, c(-1, UINT64)),
                expr(println(bin(Op.GTR, ref(big), ref(small)), bin(Op.LSS, ref(nan), zero),
                        bin(Op.GEQ, ref(nan), zero), bin(Op.NEQ, ref(nan), ref(nan)),
                        bin(Op.GTR, ref(u), conv(UINT64, ref(small))),
                        bin(Op.LAND, bin(Op.EQL, s("ab"), bin(Op.ADD, s("a"), s("b"))), bin(Op.LSS, s("ab"), s("b"))))));
        Runner.Result r = run(prog);
        assertEquals("true false false true true true\n", r.stderr());
    }
}
