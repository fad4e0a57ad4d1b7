// `gojc run [-lang=go1.N] PATH [args...]`: compile and run in this process, as `go run` does.
// Leading .go arguments are the program's files (or one directory is its package); everything
// after them belongs to the program, flags included.
package gojc.cli;

import gojc.compiler.CompileResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Compile and run a Go program.",
            "PATH is a .go file (or several, in one directory) or a directory holding one package main;",
            "the arguments after it are the program's."})
final class RunCommand implements Callable<Integer> {
    @ParentCommand GojcCommand gojc;
    @Mixin LangOption lang;

    @Parameters(arity = "1..*", paramLabel = "PATH [ARG...]", description = "The program, then its arguments.")
    List<String> arguments;

    @Override
    public Integer call() {
        List<String> files = new ArrayList<>();
        int i = 0;
        while (i < arguments.size() && Sources.isGoFile(arguments.get(i))) {
            files.add(arguments.get(i++));
        }
        if (files.isEmpty()) {
            files.add(arguments.get(i++));
        }
        String[] programArgs = arguments.subList(i, arguments.size()).toArray(String[]::new);
        Session session = gojc.session;
        CompileResult result = Compilation.compile(session, Sources.resolve(session.workDir(), files), lang.lang);
        session.out().flush();
        session.err().flush();
        ProgramLoader loader = new ProgramLoader(result.classes(), RunCommand.class.getClassLoader());
        return loader.run(result.mainClass(), programArgs);
    }
}
