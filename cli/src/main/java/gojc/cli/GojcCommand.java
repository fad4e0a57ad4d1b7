// The top-level `gojc` command: only a holder for the subcommands and the session they share.
// Without a subcommand it prints its usage and fails, as `go` does.
package gojc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "gojc", mixinStandardHelpOptions = true,
        versionProvider = GojcCommand.Version.class,
        description = "gojc compiles Go programs to the JVM.",
        subcommands = {BuildCommand.class, RunCommand.class, VersionCommand.class, HelpCommand.class})
final class GojcCommand implements Callable<Integer> {
    final Session session;

    @Spec CommandSpec spec;

    GojcCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(session.err());
        return 2;
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {VersionCommand.line()};
        }
    }
}
