// gojc's entry point: wires picocli to the commands and owns every way out of the process. User
// errors become one `gojc: …` line and their status; flag errors status 2 as Go's flag package;
// a compiler bug `gojc: internal compiler error: …` and status 3. No stack trace reaches the user.
package gojc.cli;

import gojc.compiler.InternalCompilerError;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The gojc command-line tool. */
public final class Main {
    static final int INTERNAL_ERROR = 3;
    static final int USAGE = 2;

    private Main() {}

    public static void main(String[] args) {
        int status = execute(Session.standard(), args);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** Runs gojc with args in session; returns the exit status. */
    static int execute(Session session, String... args) {
        CommandLine cli = new CommandLine(new GojcCommand(session));
        cli.setOut(session.out());
        cli.setErr(session.err());
        cli.getSubcommands().get("run").setStopAtPositional(true);
        cli.setParameterExceptionHandler(Main::flagError);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> failure(session.err(), e));
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            return failure(session.err(), e);
        } finally {
            session.out().flush();
            session.err().flush();
        }
    }

    private static int flagError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(e.getMessage());
        err.println("usage: " + cmd.getHelp().synopsis(0).strip());
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for details.");
        return USAGE;
    }

    /** The frame that threw, so a bug report points somewhere without a whole trace. */
    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "" : " (at " + trace[0] + ")";
    }

    private static int failure(PrintWriter err, Throwable e) {
        if (e instanceof UserError user) {
            if (user.getMessage() != null) {
                err.println("gojc: " + user.getMessage());
            }
            return user.status();
        }
        String what = e instanceof InternalCompilerError ? e.getMessage() : e + where(e);
        err.println("gojc: internal compiler error: " + what);
        return INTERNAL_ERROR;
    }
}
