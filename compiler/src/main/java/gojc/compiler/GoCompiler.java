package gojc.compiler;

import java.util.List;
import java.util.Map;

/**
 * The one driver: parse, check, generate. The CLI, the Maven plugin and the tests are thin
 * adapters over {@link #compile}. User errors come back as diagnostics; only an internal error
 * throws ({@link InternalCompilerError}).
 */
public final class GoCompiler {
    public CompileResult compile(CompileRequest request) {
        return new CompileResult(List.of("gojc: compiler not yet wired"), Map.of(), null);
    }
}
