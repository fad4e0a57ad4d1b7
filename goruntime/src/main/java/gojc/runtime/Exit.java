// Ending the process: os.Exit, the end of main and fatal panics all come here so stdout is
// flushed first. Runtime.halt skips shutdown hooks: a Go program has none, and other goroutines
// must not delay the exit. In-process test runners replace the exit action; -Dgojc.exit=soft
// runs shutdown hooks (System.exit), so a JFR recording of a built program is written out.
package gojc.runtime;

import java.util.function.IntConsumer;

public final class Exit {
    private static volatile IntConsumer action = "soft".equals(System.getProperty("gojc.exit"))
            ? new Soft()
            : new Halt();

    // Named classes, not lambdas: a lambda's bootstrap would cost every program's start-up.
    private static final class Halt implements IntConsumer {
        @Override
        public void accept(int code) {
            Runtime.getRuntime().halt(code);
        }
    }

    private static final class Soft implements IntConsumer {
        @Override
        public void accept(int code) {
            System.exit(code);
        }
    }

    private Exit() {}

    public static void setAction(IntConsumer a) {
        action = a;
    }

    public static void exit(int code) {
        Stdout.flush();
        action.accept(code);
    }
}
