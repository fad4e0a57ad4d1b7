// The test behind StmtGen.osrNudge: is this code running in the interpreter? The JDK's
// MethodHandleImpl.isCompileConstant answers false when called, and the JIT, inlining it through a
// constant method handle with a constant argument, replaces it by true. A loop back-edge that asks
// it with TOKEN runs its nudge only while interpreted; compiled, the test and the nudge vanish.
// Without access to java.lang.invoke (the jar's Add-Opens) the answer is always true: no nudge.
package gojc.runtime.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

public final class Osr {
    /** (Object)boolean: false when interpreted, true in compiled code given a constant. */
    private static final MethodHandle COMPILED = compiledHandle();
    /** The constant to ask COMPILED about. */
    public static final Object TOKEN = new Object();

    private Osr() {}

    /**
     * COMPILED asked about token, through a plain static call: a call site of invokeExact in
     * generated code is linked only when first run, and C2 compiles one never run as a trap (a
     * loop compiled before any goroutine looped once made each goroutine deoptimize on its first
     * back-edge). Called with TOKEN, this answers true once the JIT inlines it into compiled code
     * and false when called, whether from the interpreter or as a compiled method of its own,
     * where token is a parameter, not a constant.
     */
    public static boolean compiled(Object token) {
        try {
            return (boolean) COMPILED.invokeExact(token);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static MethodHandle compiledHandle() {
        MethodType type = MethodType.methodType(boolean.class, Object.class);
        try {
            // a Lookup on a java.lang.invoke class is refused even when the package is open
            Method m = Class.forName("java.lang.invoke.MethodHandleImpl").getDeclaredMethod("isCompileConstant", Object.class);
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return MethodHandles.dropArguments(MethodHandles.constant(boolean.class, true), 0, Object.class);
        }
    }
}
