// Ending the process: os.Exit, the end of main and fatal panics all come here so stdout is
// flushed first. Runtime.halt skips shutdown hooks: a Go program has none, and other goroutines
// must not delay the exit. In-process test runners replace the exit action.
package gojc.runtime;

import java.util.function.IntConsumer;

public final class Exit {
    private static volatile IntConsumer action = code -> Runtime.getRuntime().halt(code);

    private Exit() {}

    public static void setAction(IntConsumer a) {
        action = a;
    }

    public static void exit(int code) {
        Stdout.flush();
        action.accept(code);
    }
}
