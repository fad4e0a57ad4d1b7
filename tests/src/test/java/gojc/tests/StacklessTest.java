package gojc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.compiler.CompileRequest;
import gojc.compiler.CompileResult;
import gojc.compiler.GoCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The golden programs stackless_*.go check what stackless goroutines do; this checks that their
 * goroutines really are compiled stackless (a class F$coroutine with a lowered resume()), and
 * that a goroutine whose function makes calls is not.
 */
class StacklessTest {
    @Test
    void goroutinesThatParkOnlyInTheirOwnStatementsAreStackless() throws Exception {
        Map<String, String> kinds = coroutines("stackless_state.go");
        // main$func1 and main$func2 are function literals started by go
        assertEquals(Map.of("main/adder$coroutine", "lowered", "main/counter$coroutine", "lowered",
                "main/keeper$coroutine", "lowered", "main/selector$coroutine", "lowered",
                "main/stuck$coroutine", "lowered", "main/main$func1$coroutine", "lowered",
                "main/main$func2$coroutine", "lowered"), kinds);
        assertEquals(Map.of("main/spin$coroutine", "lowered", "main/busy$coroutine", "lowered"),
                coroutines("stackless_spin.go"));
        assertEquals(Map.of("main/relay$coroutine", "lowered"), coroutines("stackless_deadlock.go"));
        assertEquals(Map.of("main/chain$coroutine", "lowered"), coroutines("stackless_self_start.go"));
    }

    @Test
    void callsThatNeverParkAndDefersAreAllowed() throws Exception {
        // worker defers wg.Done and calls loop-free methods and functions and math; unlocker calls
        // Mutex.Unlock; main$func1 and main$func3 feed channels; relay (calls a receiving helper),
        // fibber (recursion), formatter (strconv.Itoa loops) and the literal that calls a func
        // value get no coroutine class
        assertEquals(Map.of("main/worker$coroutine", "lowered", "main/unlocker$coroutine", "lowered",
                "main/main$func1$coroutine", "lowered", "main/main$func3$coroutine", "lowered"),
                coroutines("stackless_calls.go"));
        assertEquals(Map.of("main/worker$coroutine", "lowered"), coroutines("stackless_defer_panic.go"));
    }

    @Test
    void goroutinesThatCallWhatMayParkAreNot() throws Exception {
        // say calls fmt.Println (which may call String methods) and time.Sleep
        assertTrue(coroutines("goroutine_sleep.go").isEmpty());
        // spinForever and work loop: a callee's loop could not be preempted
        assertTrue(coroutines("stackless_callee_spin.go").isEmpty());
    }

    /** The program's coroutine classes, each "lowered" or "not stackless". */
    private static Map<String, String> coroutines(String program) throws Exception {
        CompileResult result = new GoCompiler().compile(
                new CompileRequest(List.of(GoldenTest.RUN_DIR.resolve(Path.of(program))), CompileRequest.DEFAULT_LANG));
        assertTrue(result.ok(), String.join("\n", result.diagnostics()));
        Map<String, String> out = new TreeMap<>();
        for (var e : result.classes().entrySet()) {
            if (!e.getKey().endsWith("$coroutine")) continue;
            ClassNode cn = new ClassNode();
            new ClassReader(e.getValue()).accept(cn, 0);
            boolean lowered = cn.methods.stream().anyMatch(m -> m.name.equals("resume"));
            boolean declined = cn.methods.stream().anyMatch(m -> m.name.equals("stackless"));
            assertTrue(lowered != declined, e.getKey());
            out.put(e.getKey(), lowered ? "lowered" : "not stackless");
        }
        return out;
    }
}
