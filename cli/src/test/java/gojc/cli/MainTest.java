// Tests the gojc commands through Main.execute with a stub compiler: argument handling, output
// naming, -lang, and every error path's message and status, with no stack trace anywhere.
package gojc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.compiler.CompileRequest;
import gojc.compiler.CompileResult;
import gojc.compiler.InternalCompilerError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class MainTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<CompileRequest> requests = new ArrayList<>();
    private Function<CompileRequest, CompileResult> compiler;

    private Path runtime;

    @BeforeEach
    void succeedByDefault() throws IOException {
        runtime = dir.resolve(".runtime");
        Files.createDirectories(runtime.resolve("gojc/runtime"));
        Files.writeString(runtime.resolve("gojc/runtime/GoString.class"), "not really a class");
        compiler = r -> new CompileResult(List.of(), Map.of("main/$Package", program()), "main/$Package");
    }

    private int gojc(String... args) {
        Function<CompileRequest, CompileResult> recording = r -> {
            requests.add(r);
            return compiler.apply(r);
        };
        Session s = new Session(recording, new PrintWriter(out, true), new PrintWriter(err, true), dir, runtime);
        int status = Main.execute(s, args);
        assertFalse(err.toString().contains("\tat "), "stack trace on stderr:\n" + err);
        return status;
    }

    private Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "package main\n\nfunc main() {}\n");
        return p;
    }

    /** A main class that hands its arguments to RunRecorder, as a compiled Go program calls the runtime. */
    private static byte[] program() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "main/$Package", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "gojc/cli/RunRecorder", "record", "([Ljava/lang/String;)V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void versionLine() {
        assertEquals(0, gojc("version"));
        assertTrue(out.toString().matches("gojc version 0\\.1\\.0 \\(go1\\.19\\) [a-z0-9]+/[a-z0-9]+\\R"), out.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("build", "run", "version")) {
            assertEquals(0, gojc(cmd, "--help"));
            assertTrue(out.toString().contains("Usage: gojc " + cmd), out.toString());
        }
        assertEquals(0, gojc("--help"));
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(2, gojc());
        assertTrue(err.toString().contains("Usage: gojc"));
    }

    @Test
    void unknownFlagIsAUsageError() {
        assertEquals(2, gojc("build", "-x", "hello.go"));
        assertTrue(err.toString().startsWith("Unknown option: '-x'"), err.toString());
    }

    @Test
    void buildNamesTheJarAfterTheFile() throws IOException {
        file("hello.go");
        assertEquals(0, gojc("build", "hello.go"), err.toString());
        assertTrue(Files.exists(dir.resolve("hello.jar")));
        assertEquals(List.of(dir.resolve("hello.go")), requests.get(0).paths());
        assertEquals("go1.19", requests.get(0).lang());
    }

    @Test
    void buildNamesTheJarAfterTheDirectory() throws IOException {
        file("samples/hello/hello.go");
        file("samples/hello/util.go");
        file("samples/hello/hello_test.go");
        file("samples/hello/_ignored.go");
        assertEquals(0, gojc("build", "samples/hello"), err.toString());
        assertTrue(Files.exists(dir.resolve("hello.jar")));
        assertEquals(List.of(dir.resolve("samples/hello/hello.go"), dir.resolve("samples/hello/util.go")),
                requests.get(0).paths());
    }

    @Test
    void buildWithOutput() throws IOException {
        file("hello.go");
        Files.createDirectories(dir.resolve("bin"));
        assertEquals(0, gojc("build", "-o", "app.jar", "hello.go"), err.toString());
        assertEquals(0, gojc("build", "-o", "bin", "hello.go"), err.toString());
        assertTrue(Files.exists(dir.resolve("app.jar")));
        assertTrue(Files.exists(dir.resolve("bin/hello.jar")));
        try (JarFile jar = new JarFile(dir.resolve("app.jar").toFile())) {
            assertEquals("main.$Package", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(jar.getEntry("gojc/runtime/GoString.class") != null);
        }
    }

    @Test
    void unwritableOutputIsOneLine() throws IOException {
        file("hello.go");
        assertEquals(1, gojc("build", "-o", "nodir/app.jar", "hello.go"));
        assertEquals("gojc: open nodir/app.jar: no such file or directory\n", err.toString());
    }

    @Test
    void missingFileIsOneLine() {
        assertEquals(1, gojc("build", "nothere.go"));
        assertEquals("gojc: stat nothere.go: no such file or directory\n", err.toString());
        assertTrue(requests.isEmpty());
    }

    @Test
    void missingDirectoryIsOneLine() {
        assertEquals(1, gojc("run", "nodir"));
        assertEquals("gojc: stat nodir: no such file or directory\n", err.toString());
    }

    @Test
    void directoryWithoutGoFiles() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(1, gojc("build", "empty"));
        assertEquals("gojc: no Go files in " + dir.resolve("empty") + "\n", err.toString());
    }

    @Test
    void nonGoFileIsRejected() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertEquals(1, gojc("build", "notes.txt"));
        assertEquals("gojc: named files must be .go files: notes.txt\n", err.toString());
    }

    @Test
    void compileErrorsAsGoPrintsThem() throws IOException {
        file("bad.go");
        compiler = r -> new CompileResult(List.of("./bad.go:3:15: x declared but not used"), Map.of(), null);
        assertEquals(1, gojc("build", "bad.go"));
        assertEquals("# command-line-arguments\n./bad.go:3:15: x declared but not used\n", err.toString());
        assertFalse(Files.exists(dir.resolve("bad.jar")));
    }

    @Test
    void internalCompilerErrorExits3() throws IOException {
        file("hello.go");
        compiler = r -> {
            throw new InternalCompilerError("hello.go:3:1: no codegen for this statement", new IllegalStateException());
        };
        assertEquals(3, gojc("run", "hello.go"));
        assertEquals("gojc: internal compiler error: hello.go:3:1: no codegen for this statement\n", err.toString());
    }

    @Test
    void unexpectedCompilerCrashExits3() throws IOException {
        file("hello.go");
        compiler = r -> {
            throw new NullPointerException("boom");
        };
        assertEquals(3, gojc("build", "hello.go"));
        assertTrue(err.toString().startsWith("gojc: internal compiler error: java.lang.NullPointerException: boom (at "),
                err.toString());
        assertEquals(1, err.toString().lines().count());
    }

    @Test
    void langAcceptsGo119InBothSpellings() throws IOException {
        file("hello.go");
        assertEquals(0, gojc("build", "-lang=go1.19", "hello.go"), err.toString());
        assertEquals(0, gojc("build", "--lang", "go1.19", "hello.go"), err.toString());
    }

    @Test
    void otherLangIsAFlagError() throws IOException {
        file("hello.go");
        assertEquals(2, gojc("run", "-lang=go1.21", "hello.go"));
        assertTrue(err.toString().startsWith("unsupported language version \"go1.21\" for -lang"), err.toString());
        assertTrue(requests.isEmpty());
    }

    @Test
    void runPassesEverythingAfterThePathToTheProgram() throws IOException {
        file("hello.go");
        RunRecorder.args = null;
        assertEquals(0, gojc("run", "hello.go", "-v", "a", "--lang=x"), err.toString());
        assertEquals(List.of("-v", "a", "--lang=x"), RunRecorder.args);
    }

    @Test
    void runTakesSeveralFilesThenArgs() throws IOException {
        file("a.go");
        file("b.go");
        RunRecorder.args = null;
        assertEquals(0, gojc("run", "a.go", "b.go", "x"), err.toString());
        assertEquals(List.of(dir.resolve("a.go"), dir.resolve("b.go")), requests.get(0).paths());
        assertEquals(List.of("x"), RunRecorder.args);
    }

    @Test
    void runOfADirectory() throws IOException {
        file("prog/main.go");
        RunRecorder.args = null;
        assertEquals(0, gojc("run", "prog", "y"), err.toString());
        assertEquals(List.of("y"), RunRecorder.args);
    }

    @Test
    void runReportsCompileErrors() throws IOException {
        file("bad.go");
        compiler = r -> new CompileResult(List.of("./bad.go:1:1: syntax error"), Map.of(), null);
        assertEquals(1, gojc("run", "bad.go"));
        assertEquals("# command-line-arguments\n./bad.go:1:1: syntax error\n", err.toString());
    }
}
