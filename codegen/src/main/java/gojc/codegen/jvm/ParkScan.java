// Which calls can park the calling goroutine, or hold it for long, for StacklessGen: a stackless
// goroutine may only park in its own statements, and only its own loops can be preempted (a
// callee runs on the carrier's stack until it returns, and one that spun would keep the carrier
// from everything else), so every call it makes must return promptly without parking. A declared
// function or method qualifies if its body has no channel operation, select or loop (for, range,
// goto) and makes only calls that qualify; calls through interfaces and function values may run
// anything, and so may a recursive call (taken as disqualifying, which keeps the walk simple and
// only costs recursive goroutines their stacklessness). Standard-library functions bound to Java may park unless their package is pure
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

    /** Whether some call that node's own code makes may park (its own channel operations may). */
    boolean callMayPark(Object node) {
        return parks(node, false);
    }

    /**
     * Whether node's own code may park or run long: in a call, or (with inCallee, for a callee's
     * body) in a channel operation or a loop.
     */
    private boolean parks(Object node, boolean inCallee) {
        return switch (node) {
            case null -> false;
            case TExpr.FuncLit f -> false;
            case TStmt.Go g -> operandsPark(g.call(), inCallee);
            case TExpr.CallFunc c -> parks(c.args(), inCallee) || mayPark(c.func());
            case TExpr.CallMethod c -> parks(c.recv(), inCallee) || parks(c.args(), inCallee) || mayPark(c.method());
            case TExpr.CallInterface c -> true;
            case TExpr.CallValue c -> true;
            case List<?> l -> l.stream().anyMatch(x -> parks(x, inCallee));
            case Record r when r.getClass().getName().startsWith("gojc.frontend.tree.") ->
                    inCallee && (LoopScan.isChanOp(r) || isLoop(r)) || components(r, inCallee);
            default -> false;
        };
    }

    /** A go statement evaluates its callee's operands here, and calls it in the new goroutine. */
    private boolean operandsPark(TExpr call, boolean inCallee) {
        return switch (call) {
            case TExpr.Let l -> parks(l.init(), inCallee) || operandsPark(l.body(), inCallee);
            case TExpr.CallFunc c -> parks(c.args(), inCallee);
            case TExpr.CallMethod c -> parks(c.recv(), inCallee) || parks(c.args(), inCallee);
            case TExpr.CallInterface c -> parks(c.recv(), inCallee) || parks(c.args(), inCallee);
            case TExpr.CallValue c -> parks(c.fn(), inCallee) || parks(c.args(), inCallee);
            default -> parks(call, inCallee);
        };
    }

    private static boolean isLoop(Record r) {
        return r instanceof TStmt.For || r instanceof TStmt.Range || r instanceof TStmt.Goto;
    }

    /** Whether calling f may park the caller or hold it for long. */
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
        boolean p = parks(t.body(), true);
        parks.put(f, p);
        return p;
    }

    private boolean components(Record r, boolean inCallee) {
        for (MethodHandle get : LoopScan.accessors(r.getClass())) {
            try {
                if (parks(get.invoke(r), inCallee)) return true;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }
}
