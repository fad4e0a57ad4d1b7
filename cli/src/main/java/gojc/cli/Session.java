// What a gojc command works with: the compiler, the output streams and the directory relative
// paths are resolved against. Main builds the real one; tests build one with a stub compiler and
// captured streams, so every command path runs without a JVM exit or a real compilation.
package gojc.cli;

import gojc.compiler.CompileRequest;
import gojc.compiler.CompileResult;
import gojc.compiler.GoCompiler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The environment of one gojc invocation. runtime is where the runtime classes come from for built
 * jars; null means where this process loaded them from.
 */
public record Session(Function<CompileRequest, CompileResult> compiler, PrintWriter out, PrintWriter err, Path workDir,
        Path runtime) {
    static Session standard() {
        GoCompiler compiler = new GoCompiler();
        return new Session(compiler::compile,
                new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Path.of(""), null);
    }
}
