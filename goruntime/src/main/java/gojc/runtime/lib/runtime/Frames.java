// runtime.Caller, Callers and FuncForPC over the JVM stack: the Go frames are those of classes
// compiled from Go (not gojc's runtime, not the JDK) that carry a line number (bridges and entry
// shims have none). A "program counter" is a small number standing for one (function, file,
// line) triple, interned on first use, since the JVM has no addresses to hand out.
package gojc.runtime.lib.runtime;

import gojc.runtime.GoString;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

final class Frames {
    private Frames() {}

    record Frame(String function, String file, int line) {}

    private static final ConcurrentHashMap<Frame, Long> IDS = new ConcurrentHashMap<>();
    private static final List<Frame> FRAMES = new ArrayList<>();

    private static final StackWalker WALKER = StackWalker.getInstance();

    /** The Go frame depth frames above the Go function that called into the runtime, or 0. */
    static long callerPC(long depth) {
        if (depth < 0) return 0;
        Frame f = WALKER.walk(s -> s.filter(Frames::isGo).skip(depth).findFirst()
                .map(sf -> new Frame(goName(sf.getClassName(), sf.getMethodName()), sf.getFileName(), sf.getLineNumber()))
                .orElse(null));
        return f == null ? 0 : IDS.computeIfAbsent(f, Frames::register);
    }

    private static long register(Frame f) {
        synchronized (FRAMES) {
            FRAMES.add(f);
            return FRAMES.size();
        }
    }

    private static Frame frame(long pc) {
        synchronized (FRAMES) {
            return pc >= 1 && pc <= FRAMES.size() ? FRAMES.get((int) pc - 1) : null;
        }
    }

    static GoString name(long pc) {
        Frame f = frame(pc);
        return GoString.of(f == null ? "" : f.function);
    }

    static GoString file(long pc) {
        Frame f = frame(pc);
        return GoString.of(f == null || f.file == null ? "?" : f.file);
    }

    static long line(long pc) {
        Frame f = frame(pc);
        return f == null ? 0 : f.line;
    }

    private static boolean isGo(StackWalker.StackFrame f) {
        String c = f.getClassName();
        if (f.getLineNumber() <= 0) return false;
        return !(c.startsWith("gojc.runtime.") || c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun."));
    }

    /**
     * Go's name for a frame's function: package functions live in P/$Package, methods in the
     * class of their receiver's type; closures in classes of their own, which gc calls
     * F.func1 (gojc names the enclosing class instead, so closure names are approximate).
     */
    private static String goName(String cls, String method) {
        int slash = cls.lastIndexOf('.');
        String pkg = slash < 0 ? "" : cls.substring(0, slash).replace('.', '/');
        String simple = cls.substring(slash + 1);
        int dollar = simple.indexOf('$');
        if (simple.startsWith("$Package")) return pkg + "." + method;
        String type = dollar > 0 ? simple.substring(0, dollar) : simple;
        return pkg + "." + type + "." + method;
    }
}
