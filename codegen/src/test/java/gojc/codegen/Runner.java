// Verifies generated classes with ASM's CheckClassAdapter and runs them in a fresh JVM, capturing
// stdout, stderr and the exit status.
package gojc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

final class Runner {
    private Runner() {}

    record Result(String stdout, String stderr, int exit) {}

    static void verify(GeneratedProgram prog) {
        ClassLoader loader = new ClassLoader(Runner.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = prog.classes().get(name.replace('.', '/'));
                if (b == null) throw new ClassNotFoundException(name);
                return defineClass(name, b, 0, b.length);
            }
        };
        for (Map.Entry<String, byte[]> e : prog.classes().entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            assertEquals("", sw.toString(), "verification of " + e.getKey());
        }
    }

    static Result run(GeneratedProgram prog) throws IOException, InterruptedException {
        verify(prog);
        Path dir = Files.createTempDirectory("gojc-codegen-test");
        for (Map.Entry<String, byte[]> e : prog.classes().entrySet()) {
            Path f = dir.resolve(e.getKey() + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = dir + java.io.File.pathSeparator + System.getProperty("java.class.path");
        Process p = new ProcessBuilder(javaBin, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-cp", cp, prog.mainClass()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return new Result(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8), p.exitValue());
    }
}
