// recover(): the panics being handled by deferred calls, per goroutine. A function with defer that
// catches a panic begins a State before running its deferred calls; recover() in one of them stops
// the innermost panic and returns its value; after the deferred calls the function returns normally
// if the panic was recovered, else rethrows.
package gojc.runtime.dyn;

import gojc.runtime.GoPanic;

public final class Panics {
    private Panics() {}

    public static final class State {
        final Throwable t;
        final State outer;
        boolean recovered;

        State(Throwable t, State outer) {
            this.t = t;
            this.outer = outer;
        }
    }

    private static final ThreadLocal<State> TOP = new ThreadLocal<>();

    public static State begin(Throwable t) {
        State s = new State(t, TOP.get());
        if (GoPanic.valueOf(t) != null) TOP.set(s);
        return s;
    }

    /** Ends the handling of s; true if recover stopped the panic. */
    public static boolean end(State s) {
        if (TOP.get() == s) TOP.set(s.outer);
        return s.recovered;
    }

    private static final StackWalker WALKER = StackWalker.getInstance();

    /**
     * Go's recover stops a panic only when called directly by a deferred function: the frame
     * above recover's caller must be the run() of a generated defer class (P/F$defer<N>).
     */
    public static Object recover() {
        State s = TOP.get();
        if (s == null || s.recovered) return null;
        boolean direct = WALKER.walk(frames -> frames.skip(2).findFirst()
                .map(f -> f.getMethodName().equals("run") && f.getClassName().matches(".*\\$defer\\d+"))
                .orElse(false));
        if (!direct) return null;
        s.recovered = true;
        return GoPanic.valueOf(s.t);
    }
}
