package gojc.compiler;

import gojc.codegen.CodeGenerator;
import gojc.codegen.GeneratedProgram;
import gojc.frontend.ast.File;
import gojc.frontend.check.Checker;
import gojc.frontend.diag.Diagnostics;
import gojc.frontend.tree.TProgram;
import java.util.List;

/**
 * The one driver: parse, check, generate. The CLI, the Maven plugin and the tests are thin
 * adapters over {@link #compile}. User errors come back as diagnostics; only a bug in gojc throws
 * ({@link InternalCompilerError}).
 */
public final class GoCompiler {
    private final StandardLibrary stdlib = StandardLibrary.shared();

    public CompileResult compile(CompileRequest request) {
        Diagnostics diags = new Diagnostics();
        List<String> problems = LanguageVersion.check(request.lang());
        if (!problems.isEmpty()) return CompileResult.failed(problems);

        List<File> files = SourceFiles.parse(request.paths(), diags);
        if (diags.hasErrors()) return CompileResult.failed(diags.render());

        long t0 = System.nanoTime();
        TProgram program = phase("check", () -> Checker.checkProgram(files, stdlib, request.lang(), diags));
        if (diags.hasErrors() || program == null) return CompileResult.failed(diags.render());

        long t1 = System.nanoTime();
        GeneratedProgram out = phase("codegen", () -> CodeGenerator.generate(program));
        if (TIMING) {
            System.err.printf("gojc: check %d ms (of which parsing the standard library %d ms), codegen %d ms%n",
                    (t1 - t0) / 1_000_000, stdlib.parseNanos() / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        }
        return new CompileResult(List.of(), out.classes(), out.mainClass());
    }

    /** -Dgojc.timing=true prints how long each phase took, to find what makes a build slow. */
    private static final boolean TIMING = Boolean.getBoolean("gojc.timing");

    private static <T> T phase(String name, java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (InternalCompilerError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new InternalCompilerError(name + ": " + e, e);
        }
    }
}
