// Which calls can park the calling goroutine, for StacklessGen: a stackless goroutine may only park
// in its own statements, so every call it makes must be one that never parks. A declared function
// or method parks if its body has a channel operation or select, or makes a call that may park;
// calls through interfaces and function values may run anything, and so may a recursive call
// (taken as parking, which keeps the walk simple and only costs recursive goroutines their
// stacklessness). Standard-library functions bound to Java may park unless their package is pure
// computation or they are among sync's operations that never wait (unlock, WaitGroup's Add and
// Done). A go statement's call runs in the new goroutine, and a function literal's body when called.
package gojc.codegen.jvm;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Func;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class ParkScan {
    /** Packages whose Java-bound functions compute only: they neither wait nor call Go code. */
    static final Set<String> PURE_PACKAGES = Set.of("math", "math/bits", "strconv", "unicode", "unicode/utf8",
            "sync/atomic");
    /** sync's Java-bound functions that never wait (Mutex.Unlock, RWMutex's unlocks, WaitGroup.Add/Done, Cond's signals). */
    static final Set<String> SYNC_NEVER_WAITS = Set.of("state", "unlock", "tryLock", "runlock", "wunlock", "wgAdd",
            "condSignal");

    private final Map<Func, TFunc> bodies;
    private final Map<Func, Boolean> parks = new HashMap<>();

    ParkScan(Map<Func, TFunc> bodies) {
        this.bodies = bodies;
    }

    /** Whether a Java-bound function of package pkg named name never waits. */
    static boolean neverWaits(String pkg, String name) {
        return PURE_PACKAGES.contains(pkg) || pkg.equals("sync") && SYNC_NEVER_WAITS.contains(name);
    }

    /** Whether some call that node's own code makes may park. */
    boolean callMayPark(Object node) {
        return switch (node) {
            case null -> false;
            case TExpr.FuncLit f -> false;
            case TStmt.Go g -> operandsMayPark(g.call());
            case TExpr.CallFunc c -> callMayPark(c.args()) || mayPark(c.func());
            case TExpr.CallMethod c -> callMayPark(c.recv()) || callMayPark(c.args()) || mayPark(c.method());
            case TExpr.CallInterface c -> true;
            case TExpr.CallValue c -> true;
            case List<?> l -> l.stream().anyMatch(this::callMayPark);
            case Record r when r.getClass().getName().startsWith("gojc.frontend.tree.") -> components(r);
            default -> false;
        };
    }

    /** A go statement evaluates its callee's operands here, and calls it in the new goroutine. */
    private boolean operandsMayPark(TExpr call) {
        return switch (call) {
            case TExpr.Let l -> callMayPark(l.init()) || operandsMayPark(l.body());
            case TExpr.CallFunc c -> callMayPark(c.args());
            case TExpr.CallMethod c -> callMayPark(c.recv()) || callMayPark(c.args());
            case TExpr.CallInterface c -> callMayPark(c.recv()) || callMayPark(c.args());
            case TExpr.CallValue c -> callMayPark(c.fn()) || callMayPark(c.args());
            default -> callMayPark(call);
        };
    }

    /** Whether calling f may park the caller. */
    private boolean mayPark(Func f) {
        Boolean known = parks.get(f);
        if (known != null) return known;
        TFunc t = bodies.get(f);
        if (t == null || t.body() == null) {
            boolean p = !(f.external() && neverWaits(f.pkg(), f.name()));
            parks.put(f, p);
            return p;
        }
        parks.put(f, true); // while walking f's body: a recursive call may park
        boolean p = LoopScan.parks(t.body()) == LoopScan.Parks.CHAN_OPS || callMayPark(t.body());
        parks.put(f, p);
        return p;
    }

    private boolean components(Record r) {
        for (MethodHandle get : LoopScan.accessors(r.getClass())) {
            try {
                if (callMayPark(get.invoke(r))) return true;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }
}
