package gojc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gojc.compiler.CompileRequest;
import gojc.compiler.CompileResult;
import gojc.compiler.GoCompiler;
import gojc.compiler.JarWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every program in testdata/run the way a user does (gojc build → jar) and runs the jar
 * with {@code java -jar} in a fresh JVM: stdout must match byte for byte, the exit status must
 * match, and so must the first stderr line when Go printed one; NAME.in, if any, is fed to stdin. Every emitted class must also pass
 * ASM's verifier. Set -Dgojc.golden=NAME to run one program.
 */
class GoldenTest {
    static final Path RUN_DIR = Path.of("testdata", "run");
    static final long TIMEOUT_SECONDS = 60;

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        String only = System.getProperty("gojc.golden", "");
        List<Path> sources;
        try (Stream<Path> s = Files.list(RUN_DIR)) {
            sources = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return sources.stream()
                .filter(p -> only.isEmpty() || p.getFileName().toString().equals(only + ".go"))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(GoldenProgram.load(p))));
    }

    private void run(GoldenProgram program) throws Exception {
        CompileResult result = new GoCompiler().compile(
                new CompileRequest(List.of(program.source()), CompileRequest.DEFAULT_LANG));
        if (!result.ok()) fail("compile errors:\n" + String.join("\n", result.diagnostics()));
        ClassVerifier.verifyAll(result.classes());
        Path dir = Files.createDirectories(Path.of("target", "golden"));
        Path jar = dir.resolve(program.name() + ".jar");
        JarWriter.write(jar, result);

        ProcessBuilder pb = new ProcessBuilder(Jvm.java(), "-jar", jar.toString())
                .redirectOutput(dir.resolve(program.name() + ".stdout").toFile())
                .redirectError(dir.resolve(program.name() + ".stderr").toFile());
        if (program.stdin() != null) {
            pb.redirectInput(program.stdin().toFile());
        }
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out after " + TIMEOUT_SECONDS + "s");
        }
        String stdout = Files.readString(dir.resolve(program.name() + ".stdout"), StandardCharsets.ISO_8859_1);
        List<String> stderr = Files.readAllLines(dir.resolve(program.name() + ".stderr"), StandardCharsets.ISO_8859_1);
        assertEquals(program.stdout(), stdout, "stdout of " + program.name() + "; stderr:\n" + String.join("\n", stderr));
        assertEquals(program.exitStatus(), p.exitValue(), "exit status; stderr:\n" + String.join("\n", stderr));
        if (program.firstStderrLine() != null) {
            assertTrue(!stderr.isEmpty(), "expected stderr " + program.firstStderrLine());
            String first = new String(stderr.get(0).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            assertEquals(program.firstStderrLine(), first.strip(), "first stderr line");
        }
    }
}
