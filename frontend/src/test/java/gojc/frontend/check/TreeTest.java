package gojc.frontend.check;

import static org.junit.jupiter.api.Assertions.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TPackage;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Universe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the typed tree: the contract with codegen. */
class TreeTest {
    private static TPackage main(String src) {
        var r = TestSupport.check(src);
        assertNotNull(r.program(), () -> String.join("\n", r.diags().render()));
        return r.program().main();
    }

    private static TFunc func(TPackage p, String name) {
        return p.funcs().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void constantsAreFoldedToTheirFinalType() {
        TPackage p = main("package main\nfunc main() {\n var f float64 = 1 << 3\n var b byte = 'a' + 1\n _, _ = f, b\n}\n");
        List<TStmt> body = func(p, "main.main").body().stmts();
        TStmt.VarDecl f = (TStmt.VarDecl) body.get(0);
        assertEquals(new TExpr.Const(f.init().pos(), Universe.FLOAT64, 8.0).value(), ((TExpr.Const) f.init()).value());
        assertEquals(Universe.FLOAT64, f.init().type());
        TStmt.VarDecl b = (TStmt.VarDecl) body.get(1);
        assertEquals(98L, ((TExpr.Const) b.init()).value());
    }

    @Test
    void variadicArgumentsArePacked() {
        TPackage p = main("package main\nimport \"fmt\"\nfunc main() {\n fmt.Println(1, \"a\")\n}\n");
        TStmt.ExprStmt s = (TStmt.ExprStmt) func(p, "main.main").body().stmts().get(0);
        TExpr.CallFunc call = (TExpr.CallFunc) s.x();
        assertTrue(call.func().external());
        TExpr.ListLit lit = (TExpr.ListLit) call.args().get(0);
        assertEquals(2, lit.elems().size());
        assertInstanceOf(TExpr.Convert.class, lit.elems().get(0));
        assertEquals("[]any", lit.type().toString().replace("interface {}", "any"));
    }

    @Test
    void closuresListCapturedVariables() {
        TPackage p = main("package main\nfunc main() {\n n := 0\n f := func() { n++ }\n f()\n}\n");
        TStmt.VarDecl n = (TStmt.VarDecl) func(p, "main.main").body().stmts().get(0);
        assertTrue(n.var().captured());
        TStmt.VarDecl f = (TStmt.VarDecl) func(p, "main.main").body().stmts().get(1);
        TExpr.FuncLit lit = (TExpr.FuncLit) f.init();
        assertEquals(List.of(n.var()), lit.captured());
        assertEquals("main.main.func1", lit.func().name());
        assertInstanceOf(TStmt.OpAssign.class, lit.func().body().stmts().get(0));
    }

    @Test
    void initStatementsAreHoistedAndLoopsLabelled() {
        TPackage p = main("package main\nfunc main() {\n for i := 0; i < 3; i++ {\n  if i > 1 { break }\n }\n}\n");
        TStmt.Block b = (TStmt.Block) func(p, "main.main").body().stmts().get(0);
        assertInstanceOf(TStmt.VarDecl.class, b.stmts().get(0));
        TStmt.For f = (TStmt.For) b.stmts().get(1);
        assertNotNull(f.label());
        TStmt.If i = (TStmt.If) f.body().stmts().get(0);
        assertSame(f.label(), ((TStmt.Break) i.then().stmts().get(0)).target());
    }

    @Test
    void packageVarsInitialiseInDependencyOrder() {
        TPackage p = main("package main\nvar a = b + 1\nvar b = f()\nvar c = 3\nfunc f() int { return c }\nfunc main() {}\n");
        List<String> order = p.varInits().stream().map(v -> v.lhs().get(0).name()).toList();
        assertEquals(List.of("c", "b", "a"), order);
    }

    @Test
    void methodsGetExplicitReceivers() {
        TPackage p = main("package main\ntype T struct{ n int }\nfunc (t *T) Inc() { t.n++ }\n"
                + "func main() {\n var t T\n t.Inc()\n}\n");
        TStmt.ExprStmt s = (TStmt.ExprStmt) func(p, "main.main").body().stmts().get(1);
        TExpr.CallMethod call = (TExpr.CallMethod) s.x();
        assertInstanceOf(TExpr.AddrOf.class, call.recv());
        assertEquals("main.(*T).Inc", func(p, "main.(*T).Inc").name());
    }

    @Test
    void missingMainIsReported() {
        var r = TestSupport.check("package main\nfunc f() {}\n");
        assertNull(r.program());
        assertTrue(r.diags().render().get(0).contains("function main is undeclared in the main package"));
    }

    @Test
    void unknownPackageIsReported() {
        var r = TestSupport.check("package main\nimport \"net/http\"\nfunc main() { http.Get() }\n");
        assertTrue(r.diags().render().get(0).contains("package net/http is not in gojc's standard library"),
                () -> r.diags().render().toString());
    }

    @Test
    void genericsAreMonomorphised() {
        TPackage p = main("package main\nfunc Id[T any](x T) T { return x }\n"
                + "type Box[T any] struct{ v T }\nfunc (b *Box[T]) Get() T { return b.v }\n"
                + "func main() {\n _ = Id(1)\n _ = Id(\"s\")\n b := Box[int]{3}\n _ = b.Get()\n}\n");
        List<String> names = p.funcs().stream().map(TFunc::name).toList();
        assertTrue(names.contains("main.Id[int]"), names::toString);
        assertTrue(names.contains("main.Id[string]"), names::toString);
        assertTrue(names.contains("main.(*Box[int]).Get"), names::toString);
        var box = p.types().stream().filter(n -> n.toString().contains("Box")).toList();
        assertEquals(1, box.size(), box::toString);
        assertEquals(1, box.get(0).methods().size());
        assertTrue(box.get(0).underlying() instanceof gojc.frontend.types.Type.Struct);
    }
}
