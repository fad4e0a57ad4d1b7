// recover(): the panics being handled by deferred calls, per goroutine. A function with defer that
// catches a panic begins a State before running its deferred calls; recover() in one of them stops
// the innermost panic and returns its value; after the deferred calls the function returns normally
// if the panic was recovered, else rethrows. A panic raised by a deferred call while an earlier
// panic of the same function is being handled aborts the earlier one, which stays listed (as gc's
// panic chain) for the report until a recovery removes it.
package gojc.runtime.dyn;

import gojc.runtime.GoPanic;

public final class Panics {
    private Panics() {}

    public static final class State {
        final Throwable t;
        final State outer;
        boolean recovered;
        boolean aborted;

        State(Throwable t, State outer) {
            this.t = t;
            this.outer = outer;
        }
    }

    private static final ThreadLocal<State> TOP = new ThreadLocal<>();

    public static State begin(Throwable t) {
        return begin(null, t);
    }

    /**
     * Begins handling t in a function whose deferred calls were already running for prev (null
     * if none): t escaped one of them, so prev is aborted.
     */
    public static State begin(State prev, Throwable t) {
        if (prev != null && !prev.recovered) prev.aborted = true;
        State s = new State(t, TOP.get());
        if (GoPanic.valueOf(t) != null) TOP.set(s);
        return s;
    }

    /**
     * A deferred call run for s returned normally: if it recovered s, the panic is over (later
     * deferred calls run as in a normal return, and a new panic no longer lists it).
     */
    public static void deferReturned(State s) {
        if (s.recovered && TOP.get() == s) pop(s);
    }

    private static void pop(State s) {
        State top = s.outer;
        // A recovery also ends the panics this one aborted.
        if (s.recovered) while (top != null && top.aborted) top = top.outer;
        TOP.set(top);
    }

    /** Ends the handling of s; true if recover stopped the panic. */
    public static boolean end(State s) {
        if (TOP.get() == s) pop(s);
        return s.recovered;
    }

    /** An earlier panic still listed when t ends the goroutine: its value, and whether recovered. */
    public record Earlier(Object value, boolean recovered) {}

    /** The panics listed before t on this goroutine, oldest first (gc's printpanics chain). */
    public static java.util.List<Earlier> earlier(Throwable t) {
        java.util.ArrayList<Earlier> out = new java.util.ArrayList<>();
        for (State s = TOP.get(); s != null; s = s.outer) {
            if (s.t != t && GoPanic.valueOf(s.t) != null) out.add(0, new Earlier(GoPanic.valueOf(s.t), s.recovered));
        }
        return out;
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
