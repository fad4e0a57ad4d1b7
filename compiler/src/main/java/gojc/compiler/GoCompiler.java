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

        TProgram program = phase("check", () -> Checker.checkProgram(files, stdlib, request.lang(), diags));
        if (diags.hasErrors() || program == null) return CompileResult.failed(diags.render());

        GeneratedProgram out = phase("codegen", () -> CodeGenerator.generate(program));
        return new CompileResult(List.of(), out.classes(), out.mainClass());
    }

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
