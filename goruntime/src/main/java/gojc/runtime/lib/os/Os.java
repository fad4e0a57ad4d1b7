// Package os's functions bound from goruntime/src/main/go/os/os.go.
package gojc.runtime.lib.os;

import gojc.runtime.Exit;
import gojc.runtime.Go;
import gojc.runtime.GoString;
import gojc.runtime.slice.Slice;

public final class Os {
    private Os() {}

    public static void Exit(long code) {
        Exit.exit((int) code);
    }

    /** os.Args, read once by the Go declaration `var Args = runtime_args()`. */
    public static Slice runtime_args() {
        String[] a = Go.args();
        Object[] r = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = GoString.of(a[i]);
        }
        return Slice.of(r);
    }
}
