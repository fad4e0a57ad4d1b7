// A class on gojc's own class path that test programs call into, proving that a program loaded
// by gojc run links against the classes of the process (as real programs link the runtime).
package gojc.cli;

import java.util.List;

public final class RunRecorder {
    public static volatile List<String> args;

    private RunRecorder() {}

    public static void record(String[] a) {
        args = List.of(a);
    }
}
