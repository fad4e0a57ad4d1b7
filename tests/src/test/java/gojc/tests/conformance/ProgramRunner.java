// This file implements the running of one "run" test the way a user runs a Go program with gojc:
// compile through the driver, write the runnable jar, run `java -jar` in a fresh JVM with a time
// limit, and check its combined output and exit status.
//
// Compilations run one at a time on a thread of their own: the driver's shared standard library is
// not promised to be thread-safe, and a compiler stuck in a loop must cost one test, not the run
// (the stuck thread is abandoned, a daemon, and a fresh one takes over).
package gojc.tests.conformance;

import gojc.compiler.CompileRequest;
import gojc.compiler.CompileResult;
import gojc.compiler.GoCompiler;
import gojc.compiler.JarWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Compiles, runs and checks one test program. */
final class ProgramRunner {
    private final Path workDir;
    private final Path runDir;
    private final Duration runTimeout;
    private final Duration compileTimeout;
    private ExecutorService compiler = newCompilerThread();

    /** workDir receives jars and outputs; programs run in runDir, as run.go runs them in test/. */
    ProgramRunner(Path workDir, Path runDir, Duration runTimeout, Duration compileTimeout) {
        this.workDir = workDir;
        this.runDir = runDir;
        this.runTimeout = runTimeout;
        this.compileTimeout = compileTimeout;
    }

    Outcome run(GoTest test) throws IOException, InterruptedException {
        String stem = test.name().replace('/', '_').replaceAll("\\.go$", "");
        Path jar = workDir.resolve(stem + ".jar");
        Files.deleteIfExists(jar);

        CompileResult result;
        try {
            result = compile(test.source());
        } catch (TimeoutException e) {
            return new Outcome.Fail("timeout: compiling took over " + compileTimeout.toSeconds() + "s", "");
        } catch (ExecutionException e) {
            return Outcome.compilerCrash(e.getCause(), stackTrace(e.getCause()));
        }
        if (!result.ok()) {
            List<String> d = result.diagnostics();
            return Outcome.compileError(d.isEmpty() ? "?" : d.get(0), String.join("\n", d));
        }
        try {
            JarWriter.write(jar, result);
        } catch (RuntimeException e) {
            return Outcome.compilerCrash(e, stackTrace(e));
        }

        Path output = workDir.resolve(stem + ".output");
        Process p = new ProcessBuilder(java(), "-jar", jar.toAbsolutePath().toString())
                .directory(runDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        if (!p.waitFor(runTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
            return new Outcome.Fail("timeout: still running after " + runTimeout.toSeconds() + "s", "");
        }
        Outcome o = OutputCheck.check(p.exitValue(), Files.readAllBytes(output),
                OutputCheck.expected(test.expectedOutput()));
        if (o instanceof Outcome.Pass) {
            Files.deleteIfExists(jar);
            Files.deleteIfExists(output);
        }
        return o;
    }

    private synchronized CompileResult compile(Path source)
            throws TimeoutException, ExecutionException, InterruptedException {
        Future<CompileResult> f = compiler.submit(
                () -> new GoCompiler().compile(new CompileRequest(List.of(source), CompileRequest.DEFAULT_LANG)));
        try {
            return f.get(compileTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            compiler.shutdownNow();
            compiler = newCompilerThread();
            throw e;
        }
    }

    void close() {
        compiler.shutdownNow();
    }

    private static ExecutorService newCompilerThread() {
        return Executors.newSingleThreadExecutor(r -> {
            // Deep recursion in the checker or code generator needs more than the default stack.
            Thread t = new Thread(null, r, "gojc-compile", 512L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** The launcher of the JVM running the tests, so programs run on the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String stackTrace(Throwable t) {
        var w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
