// The step build and run share: compile the package and, if it has errors, print them as the go
// command does (the package line, then one diagnostic per line) and fail with status 1.
package gojc.cli;

import gojc.compiler.CompileRequest;
import gojc.compiler.CompileResult;
import gojc.compiler.InternalCompilerError;

/** Compiles sources through the session's compiler, turning diagnostics into a user error. */
final class Compilation {
    /**
     * The status for a program with compile errors, as DESIGN.md decides (go 1.19's own
     * `go build` exits 2 here).
     */
    static final int COMPILE_ERRORS = 1;

    private Compilation() {}

    static CompileResult compile(Session session, Sources sources, String lang) {
        CompileResult result = session.compiler().apply(new CompileRequest(sources.files(), lang));
        if (!result.ok()) {
            session.err().println("# " + sources.header());
            result.diagnostics().forEach(session.err()::println);
            session.err().flush();
            throw new UserError(null, COMPILE_ERRORS);
        }
        if (result.mainClass() == null) {
            throw new InternalCompilerError("compilation succeeded without a main class", null);
        }
        return result;
    }
}
