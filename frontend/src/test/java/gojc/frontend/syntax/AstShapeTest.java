// The AST built for representative programs: declarations, generics, statements, positions.
package gojc.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.frontend.ast.Decl;
import gojc.frontend.ast.Expr;
import gojc.frontend.ast.File;
import gojc.frontend.ast.Op;
import gojc.frontend.ast.Spec;
import gojc.frontend.ast.Stmt;
import gojc.frontend.diag.Pos;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstShapeTest {
    private static List<Stmt> body(String stmts) {
        File f = TestSupport.parseOk("package p\nfunc f() {\n" + stmts + "\n}\n");
        return ((Decl.Func) f.decls().get(0)).body().stmts();
    }

    @Test
    void importsAndConstGroups() {
        File f = TestSupport.parseOk("""
                package main
                import (
                	"fmt"
                	m "math"
                )
                const (
                	A int = iota
                	B
                	C, D = 1, 2
                )
                """);
        assertEquals("main", f.packageName().name());
        assertEquals(List.of("fmt", "math"), f.imports().stream().map(Spec.Import::path).toList());
        assertEquals("m", f.imports().get(1).name().name());
        Decl.Gen consts = (Decl.Gen) f.decls().get(1);
        Spec.Value b = (Spec.Value) consts.specs().get(1);
        assertEquals(1, b.iota());
        assertNull(b.type());
        assertTrue(b.values().isEmpty());
        assertEquals(2, ((Spec.Value) consts.specs().get(2)).iota());
    }

    @Test
    void genericsAndMethods() {
        File f = TestSupport.parseOk("""
                package p
                type Number interface { ~int | ~float64 }
                type List[T any] struct { items []T }
                func (l *List[T]) Push(v T) { l.items = append(l.items, v) }
                func Sum[T Number](xs ...T) (s T) { return }
                var x = Sum[int](1, 2)
                func Sleep(d int64)
                """);
        Spec.Type number = (Spec.Type) ((Decl.Gen) f.decls().get(0)).specs().get(0);
        Expr.InterfaceType it = (Expr.InterfaceType) number.type();
        Expr.Binary union = (Expr.Binary) it.elems().get(0).type();
        assertEquals(Op.OR, union.op());
        assertEquals(Op.TILDE, ((Expr.Unary) union.x()).op());
        Spec.Type list = (Spec.Type) ((Decl.Gen) f.decls().get(1)).specs().get(0);
        assertEquals("T", list.typeParams().get(0).names().get(0).name());
        Decl.Func push = (Decl.Func) f.decls().get(2);
        assertInstanceOf(Expr.Index.class, ((Expr.Star) push.recv().type()).x());
        Decl.Func sum = (Decl.Func) f.decls().get(3);
        assertEquals(1, sum.type().typeParams().size());
        assertInstanceOf(Expr.Ellipsis.class, sum.type().params().get(0).type());
        assertEquals("s", sum.type().results().get(0).names().get(0).name());
        Spec.Value x = (Spec.Value) ((Decl.Gen) f.decls().get(4)).specs().get(0);
        Expr.Call call = (Expr.Call) x.values().get(0);
        assertInstanceOf(Expr.Index.class, call.fun());
        assertNull(((Decl.Func) f.decls().get(5)).body());
    }

    @Test
    void parametersGroupNames() {
        File f = TestSupport.parseOk("package p\nfunc f(a, b int, c []string) {}\nfunc g(int, string) {}\n");
        Decl.Func fn = (Decl.Func) f.decls().get(0);
        assertEquals(2, fn.type().params().size());
        assertEquals(2, fn.type().params().get(0).names().size());
        Decl.Func g = (Decl.Func) f.decls().get(1);
        assertEquals(2, g.type().params().size());
        assertTrue(g.type().params().get(0).names().isEmpty());
    }

    @Test
    void precedenceAndPositions() {
        Stmt.Assign a = (Stmt.Assign) body("x := 1 + 2*3 == 7 || y").get(0);
        Expr.Binary or = (Expr.Binary) a.rhs().get(0);
        assertEquals(Op.LOR, or.op());
        Expr.Binary eq = (Expr.Binary) or.x();
        assertEquals(Op.EQL, eq.op());
        Expr.Binary add = (Expr.Binary) eq.x();
        assertEquals(Op.MUL, ((Expr.Binary) add.y()).op());
        assertEquals(new Pos("x.go", 3, 3), a.pos());
        assertEquals(new Pos("x.go", 3, 6), or.pos());
    }

    @Test
    void byteColumnsAfterUtf8() {
        Stmt.Assign a = (Stmt.Assign) body("s := \"日本\" + t").get(0);
        Expr.Binary b = (Expr.Binary) a.rhs().get(0);
        assertEquals(new Pos("x.go", 3, 17), b.y().pos());
    }

    @Test
    void statementHeaders() {
        List<Stmt> s = body("""
                if v, ok := m[k]; ok { }
                for i := 0; i < n; i++ { }
                for k, v := range m { }
                for range ch { }
                switch x := y.(type) { case int, nil: default: }
                switch { case a > b: fallthrough }
                select { case v := <-c: _ = v; case c <- 1: default: }
                for _, x := range []int{1, 2} { _ = x }
                if (T{}) == t { }
                L: goto L
                """);
        assertInstanceOf(Stmt.If.class, s.get(0));
        assertInstanceOf(Stmt.Assign.class, ((Stmt.If) s.get(0)).init());
        assertInstanceOf(Stmt.IncDec.class, ((Stmt.For) s.get(1)).post());
        Stmt.Range r = (Stmt.Range) s.get(2);
        assertTrue(r.define());
        assertNull(((Stmt.Range) s.get(3)).key());
        Stmt.TypeSwitch ts = (Stmt.TypeSwitch) s.get(4);
        assertEquals("x", ts.binding().name());
        assertTrue(ts.clauses().get(1).isDefault());
        assertNull(((Stmt.Switch) s.get(5)).tag());
        Stmt.Select sel = (Stmt.Select) s.get(6);
        assertInstanceOf(Stmt.Assign.class, sel.clauses().get(0).comm());
        assertInstanceOf(Stmt.Send.class, sel.clauses().get(1).comm());
        assertNull(sel.clauses().get(2).comm());
        assertInstanceOf(Expr.CompositeLit.class, ((Stmt.Range) s.get(7)).x());
        assertInstanceOf(Stmt.Labeled.class, s.get(9));
    }

    @Test
    void compositeLiteralsAndConversions() {
        List<Stmt> s = body("""
                p := &Point{X: 1, Y: 2}
                m := map[string][]int{"a": {1}}
                b := []byte(str)
                var c <-chan int
                f := func(x int) int { return x }
                v := arr[1:2:3]
                """);
        Expr.Unary addr = (Expr.Unary) ((Stmt.Assign) s.get(0)).rhs().get(0);
        Expr.CompositeLit lit = (Expr.CompositeLit) addr.x();
        assertInstanceOf(Expr.KeyValue.class, lit.elts().get(0));
        Expr.CompositeLit m = (Expr.CompositeLit) ((Stmt.Assign) s.get(1)).rhs().get(0);
        Expr.KeyValue kv = (Expr.KeyValue) m.elts().get(0);
        assertNull(((Expr.CompositeLit) kv.value()).type());
        assertInstanceOf(Expr.ArrayType.class, ((Expr.Call) ((Stmt.Assign) s.get(2)).rhs().get(0)).fun());
        Spec.Value cv = (Spec.Value) ((Stmt.Decl) s.get(3)).decl().specs().get(0);
        assertEquals(Expr.ChanDir.RECV, ((Expr.ChanType) cv.type()).dir());
        assertInstanceOf(Expr.FuncLit.class, ((Stmt.Assign) s.get(4)).rhs().get(0));
        assertTrue(((Expr.SliceExpr) ((Stmt.Assign) s.get(5)).rhs().get(0)).slice3());
    }
}
