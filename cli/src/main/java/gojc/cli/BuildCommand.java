// `gojc build [-o out.jar] [-lang=go1.N] PATH`: compile a package main into a runnable jar, named
// as `go build` names its binary (hello.go → hello.jar, samples/hello → hello.jar) unless -o says.
package gojc.cli;

import gojc.compiler.CompileResult;
import gojc.compiler.JarWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Compile a Go program into a runnable jar (java -jar OUT.jar).",
            "PATH is a .go file (or several, in one directory) or a directory holding one package main."})
final class BuildCommand implements Callable<Integer> {
    @ParentCommand GojcCommand gojc;
    @Mixin LangOption lang;

    @Option(names = "-o", paramLabel = "OUT", description = "Output jar, or an existing directory to write it in.")
    String output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".go files or a package directory.")
    List<String> paths;

    @Override
    public Integer call() {
        Session session = gojc.session;
        Sources sources = Sources.resolve(session.workDir(), paths);
        Path out = outputPath(session.workDir(), sources);
        CompileResult result = Compilation.compile(session, sources, lang.lang);
        try {
            Path runtime = session.runtime() != null ? session.runtime() : JarWriter.runtimeLocation();
            JarWriter.write(out, result, runtime);
        } catch (IOException e) {
            throw new UserError("open " + display(out) + ": " + Errors.reason(e));
        }
        return 0;
    }

    private Path outputPath(Path workDir, Sources sources) {
        String jar = sources.name() + ".jar";
        if (output == null) {
            Path out = workDir.resolve(jar);
            if (Files.isDirectory(out)) {
                throw new UserError("build output \"" + jar + "\" already exists and is a directory");
            }
            return out;
        }
        Path out = workDir.resolve(output);
        return Files.isDirectory(out) ? out.resolve(jar) : out;
    }

    private String display(Path out) {
        return output != null && !Files.isDirectory(gojc.session.workDir().resolve(output))
                ? output : gojc.session.workDir().relativize(out.toAbsolutePath()).toString();
    }
}
