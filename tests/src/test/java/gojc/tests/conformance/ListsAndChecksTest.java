// Tests of the known-failures list, the output rule of run tests, failure reasons and ERROR comments.
package gojc.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsAndChecksTest {
    private static final Outcome PASS = new Outcome.Pass();

    private static Outcome.Fail fail(String reason) {
        return new Outcome.Fail(reason, "");
    }

    @Test
    void knownFailuresCompare() {
        KnownFailures known = KnownFailures.parse("# comment\n\nken/chan.go timeout: x\nfor.go wrong output\n");
        var c = known.compare(Map.of("ken/chan.go", fail("timeout"), "for.go", PASS,
                "if.go", fail("panic: x"), "nil.go", PASS));
        assertEquals(List.of("if.go"), c.unexpectedFailures());
        assertEquals(List.of("for.go"), c.unexpectedPasses());
        assertEquals(1, c.knownFailures());
        assertEquals(2, c.passed());
        assertFalse(c.ok());
        assertTrue(known.compare(Map.of("ken/chan.go", fail("other reason"))).ok());
    }

    @Test
    void knownFailuresUpdateAndRoundTrip(@TempDir Path dir) throws Exception {
        KnownFailures known = KnownFailures.parse("a.go old\nb.go old\nc.go old\n");
        KnownFailures next = known.updated(Map.of("a.go", PASS, "b.go", fail("compile error: new"), "d.go", fail("timeout")));
        assertEquals(List.of("b.go", "c.go", "d.go"), List.copyOf(next.entries().keySet()));
        assertEquals("compile error: new", next.entries().get("b.go"));
        assertEquals(List.of("b.go"), List.copyOf(next.retainOnly(java.util.Set.of("b.go", "x.go")).entries().keySet()));
        Path f = dir.resolve("sub/known.txt");
        next.write(f);
        assertEquals(next, KnownFailures.load(f));
        assertTrue(Files.readString(f).startsWith("#"));
        assertTrue(KnownFailures.load(dir.resolve("missing")).entries().isEmpty());
    }

    @Test
    void outputRule(@TempDir Path dir) throws Exception {
        byte[] hello = "hi\r\nthere\n".getBytes(StandardCharsets.UTF_8);
        assertInstanceOf(Outcome.Pass.class, OutputCheck.check(0, hello, "hi\nthere\n"));
        assertEquals("wrong output", assertInstanceOf(Outcome.Fail.class, OutputCheck.check(0, hello, "")).reason());
        // No .out file: the program must print nothing.
        assertEquals("", OutputCheck.expected(dir.resolve("none.out")));
        assertInstanceOf(Outcome.Pass.class, OutputCheck.check(0, new byte[0], ""));
        assertEquals("exit status 1", ((Outcome.Fail) OutputCheck.check(1, new byte[0], "")).reason());
        String panic = "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\n";
        assertEquals("panic: runtime error: index out of range [3] with length 3",
                ((Outcome.Fail) OutputCheck.check(2, panic.getBytes(StandardCharsets.UTF_8), "")).reason());
        String java = "Exception in thread \"main\" java.lang.NullPointerException\n\tat x\n";
        assertTrue(((Outcome.Fail) OutputCheck.check(1, java.getBytes(StandardCharsets.UTF_8), "")).reason()
                .startsWith("java exception: Exception in thread"));
        // Non-UTF-8 bytes compare exactly.
        Path out = dir.resolve("x.out");
        Files.write(out, new byte[] {(byte) 0xff, '\n'});
        assertInstanceOf(Outcome.Pass.class, OutputCheck.check(0, new byte[] {(byte) 0xff, '\n'}, OutputCheck.expected(out)));
    }

    @Test
    void compileErrorReasons() {
        assertEquals("compile error: undefined: x",
                Outcome.compileError("/usr/lib/go-1.19/test/ken/a.go:12:3: undefined: x", "").reason());
        assertEquals("unsupported feature: select statements not supported yet",
                Outcome.compileError("a.go:1:1: select statements not supported yet", "").reason());
        var crash = new RuntimeException("codegen: x", new UnsupportedOperationException(
                "/usr/lib/go-1.19/test/ken/array.go:31:4: codegen does not support Deref expressions yet"));
        assertEquals("unsupported feature: codegen does not support Deref expressions yet",
                Outcome.compilerCrash(crash, "").reason());
        assertEquals("compiler crash: NullPointerException", Outcome.compilerCrash(new NullPointerException(), "").reason());
        assertEquals(120, Outcome.oneLine("x".repeat(300)).length());
    }

    @Test
    void expectedErrors() {
        String src = """
                package p
                var x int = "s" // ERROR "cannot use|incompatible"
                //// ERROR "disabled"
                func f() { // ERROR "LINE+1: two" "LINE: one"
                }
                """;
        var wanted = ExpectedErrors.parse(src, "e.go");
        assertEquals(3, wanted.size());
        assertEquals("e.go:5: two", wanted.get(1).regex());
        assertEquals("e.go:4: one", wanted.get(2).regex());

        List<String> ok = ExpectedErrors.check(List.of("e.go:2:13: cannot use \"s\" (untyped string constant) as int value"),
                List.of(wanted.get(0)));
        assertEquals(List.of(), ok);
        List<String> bad = ExpectedErrors.check(List.of("e.go:2:13: something else", "e.go:9:1: extra"), List.of(wanted.get(0)));
        // As in run.go, a message that no expectation matched is also reported as unmatched.
        assertEquals(3, bad.size());
        assertTrue(bad.get(0).contains("no match"));
        assertTrue(bad.contains("unmatched error: e.go:9:1: extra"));
        // Line 2 does not claim an error on line 21.
        assertTrue(ExpectedErrors.check(List.of("e.go:21:1: cannot use"), List.of(wanted.get(0))).get(0).contains("missing"));
    }
}
