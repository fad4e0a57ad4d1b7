// Tests of channels on hand-built typed programs: make/len/cap, send and receive (comma-ok),
// close and range, goroutines handing off over an unbuffered channel, select with default and
// with send and receive cases, and Go's fatal deadlock and closed-channel panic. Expected outputs
// are what gc prints for the equivalent Go program (println writes to stderr).
package gojc.codegen;

import static gojc.codegen.Tree.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.frontend.ast.Op;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TProgram;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Builtin.BuiltinId;
import gojc.frontend.types.Func;
import gojc.frontend.types.Label;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelTest {
    static final Type CHAN_INT = new Type.Chan(Type.ChanDir.BOTH, INT);
    static final Type CHAN_STRING = new Type.Chan(Type.ChanDir.BOTH, STRING);

    static TExpr make(Type ch, long size) {
        return new TExpr.CallBuiltin(p(1), ch, BuiltinId.MAKE, ch, List.of(c(size, INT)), false);
    }

    static TExpr builtin(BuiltinId id, Type t, TExpr x) {
        return new TExpr.CallBuiltin(p(1), t, id, null, List.of(x), false);
    }

    static TExpr recv(Var ch) {
        return new TExpr.Recv(p(1), ((Type.Chan) ch.type()).elem(), ref(ch), false);
    }

    static TStmt send(Var ch, TExpr v) {
        return new TStmt.Send(p(1), ref(ch), v);
    }

    static TStmt recvOk(Var ch, Var v, Var ok) {
        Type t = new Type.Tuple(List.of(v.type(), BOOL));
        return new TStmt.AssignTuple(p(1), List.of(ref(v), ref(ok)), new TExpr.Recv(p(1), t, ref(ch), true));
    }

    static TStmt rangeOver(Var ch, Var v, TStmt... body) {
        return new TStmt.Range(p(1), new Label("", p(1)), ref(v), null, ref(ch), block(body));
    }

    static Runner.Result run(TProgram p) throws Exception {
        return Runner.run(CodeGenerator.generate(p));
    }

    /*
     * ch := make(chan int, 3); ch <- 1; ch <- 2; println(len(ch), cap(ch)); close(ch)
     * for v := range ch { println(v) }; v, ok := <-ch; println(v, ok)
     */
    @Test
    void bufferedCloseRange() throws Exception {
        Var ch = local("ch", CHAN_INT), v = local("v", INT), w = local("w", INT), ok = local("ok", BOOL);
        TProgram prog = mainProgram(List.of(), decl(ch, make(CHAN_INT, 3)), send(ch, c(1, INT)), send(ch, c(2, INT)),
                expr(println(builtin(BuiltinId.LEN, INT, ref(ch)), builtin(BuiltinId.CAP, INT, ref(ch)))),
                expr(builtin(BuiltinId.CLOSE, VOID, ref(ch))),
                decl(v, null), rangeOver(ch, v, expr(println(ref(v)))),
                decl(w, null), decl(ok, null), recvOk(ch, w, ok), expr(println(ref(w), ref(ok))));
        Runner.Result r = run(prog);
        assertEquals("2 3\n1\n2\n0 false\n", r.stderr());
        assertEquals(0, r.exit());
    }

    /*
     * func gen(ch chan string, n int) { for i := 0; i < n; i++ { ch <- "x" }; close(ch) }
     * ch := make(chan string); go gen(ch, 3); for s := range ch { println(s) }; println(<-ch == "")
     */
    @Test
    void goroutineHandOff() throws Exception {
        Var pch = param("ch", CHAN_STRING), n = param("n", INT), i = local("i", INT);
        Func gen = func("gen", sig(List.of(pch, n), List.of()));
        TFunc tgen = tfunc(gen, List.of(pch, n), List.of(), decl(i, c(0, INT)),
                forLoop(bin(Op.LSS, ref(i), ref(n)), new TStmt.OpAssign(p(1), ref(i), Op.ADD, c(1, INT)),
                        send(pch, s("x"))),
                expr(builtin(BuiltinId.CLOSE, VOID, ref(pch))));
        Var ch = local("ch", CHAN_STRING), sv = local("s", STRING);
        TProgram prog = mainProgram(List.of(tgen), decl(ch, make(CHAN_STRING, 0)),
                new TStmt.Go(p(1), call(gen, ref(ch), c(3, INT))),
                decl(sv, null), rangeOver(ch, sv, expr(println(ref(sv)))),
                expr(println(bin(Op.EQL, recv(ch), s("")))));
        Runner.Result r = run(prog);
        assertEquals("x\nx\nx\ntrue\n", r.stderr());
    }

    /*
     * ch := make(chan int, 1)
     * select { case v := <-ch: println("got", v); default: println("none") }
     * select { case ch <- 7: println("sent"); default: println("full") }
     * select { case ch <- 8: println("sent"); default: println("full") }
     * var got int; var ok bool
     * select { case got, ok = <-ch: println(got, ok) }
     */
    @Test
    void selectCases() throws Exception {
        Var ch = local("ch", CHAN_INT), v = local("v", INT), got = local("got", INT), ok = local("ok", BOOL);
        TStmt recvDefault = new TStmt.Select(p(1), new Label("", p(1)), List.of(
                new TStmt.CommCase(p(1), false, false, ref(ch), null, List.of(), List.of(v),
                        block(expr(println(s("got"), ref(v))))),
                new TStmt.CommCase(p(1), true, false, null, null, List.of(), List.of(), block(expr(println(s("none")))))));
        TStmt[] sends = new TStmt[2];
        for (int k = 0; k < 2; k++) {
            sends[k] = new TStmt.Select(p(1), new Label("", p(1)), List.of(
                    new TStmt.CommCase(p(1), false, true, ref(ch), c(7 + k, INT), List.of(), List.of(),
                            block(expr(println(s("sent"))))),
                    new TStmt.CommCase(p(1), true, false, null, null, List.of(), List.of(), block(expr(println(s("full")))))));
        }
        TStmt recvAssign = new TStmt.Select(p(1), new Label("", p(1)), List.of(
                new TStmt.CommCase(p(1), false, false, ref(ch), null, Arrays.asList(ref(got), ref(ok)), List.of(),
                        block(expr(println(ref(got), ref(ok)))))));
        TProgram prog = mainProgram(List.of(), decl(ch, make(CHAN_INT, 1)), recvDefault, sends[0], sends[1],
                decl(got, null), decl(ok, null), recvAssign);
        Runner.Result r = run(prog);
        assertEquals("none\nsent\nfull\n7 true\n", r.stderr());
    }

    /* ch := make(chan int); <-ch */
    @Test
    void deadlock() throws Exception {
        Var ch = local("ch", CHAN_INT);
        TProgram prog = mainProgram(List.of(), decl(ch, make(CHAN_INT, 0)), expr(recv(ch)));
        Runner.Result r = run(prog);
        assertEquals(2, r.exit());
        assertTrue(r.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
                r.stderr());
    }

    /* select {} */
    @Test
    void emptySelectDeadlocks() throws Exception {
        TProgram prog = mainProgram(List.of(), new TStmt.Select(p(1), new Label("", p(1)), List.of()));
        Runner.Result r = run(prog);
        assertEquals(2, r.exit());
        assertTrue(r.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:\n"),
                r.stderr());
    }

    /* ch := make(chan int, 1); close(ch); ch <- 1 */
    @Test
    void sendOnClosedPanics() throws Exception {
        Var ch = local("ch", CHAN_INT);
        TProgram prog = mainProgram(List.of(), decl(ch, make(CHAN_INT, 1)),
                expr(builtin(BuiltinId.CLOSE, VOID, ref(ch))), send(ch, c(1, INT)));
        Runner.Result r = run(prog);
        assertEquals(2, r.exit());
        assertTrue(r.stderr().startsWith("panic: send on closed channel\n"), r.stderr());
    }
}
