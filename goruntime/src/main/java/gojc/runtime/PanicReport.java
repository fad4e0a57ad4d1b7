// What gc prints when a panic reaches the top of a goroutine: "panic: VALUE" with the value
// formatted as printpanicval does (errors by Error(), Stringers by String(), strings raw,
// numbers as print prints them), the extra signal line for nil dereferences, then the goroutine's
// trace with Go function names and file:line taken from the JVM stack. The process exits with 2.
package gojc.runtime;

import gojc.runtime.box.Int64;
import gojc.runtime.type.Dynamic;
import gojc.runtime.type.GoType;
import gojc.runtime.box.Uint;
import gojc.runtime.box.Uint16;
import gojc.runtime.box.Uint32;
import gojc.runtime.box.Uint64;
import gojc.runtime.box.Uint8;
import gojc.runtime.box.Uintptr;
import gojc.runtime.iface.M_Error__L;
import gojc.runtime.iface.M_String__L;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

public final class PanicReport {
    /** Only the first goroutine to die reports; others wait for the exit it starts. */
    private static final java.util.concurrent.atomic.AtomicBoolean REPORTING = new java.util.concurrent.atomic.AtomicBoolean();

    private PanicReport() {}

    /** Reports t, which ended goroutine goid, and ends the process with status 2. */
    public static void fatal(Throwable t, long goid) {
        if (!REPORTING.compareAndSet(false, true)) {
            return;
        }
        Stdout.flush();
        byte[] b;
        try {
            b = render(t, goid);
        } catch (Throwable inner) {
            b = ("panic: " + t.getClass().getName() + "\n").getBytes(StandardCharsets.UTF_8);
        }
        Stderr.write(b, 0, b.length);
        Exit.exit(2);
    }

    static byte[] render(Throwable t, long goid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object v = GoPanic.valueOf(t);
        if (v == null && !(t instanceof GoPanic)) {
            if (t instanceof StackOverflowError) {
                ascii(out, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
                ascii(out, "fatal error: stack overflow\n");
            } else if (t instanceof OutOfMemoryError) {
                ascii(out, "fatal error: runtime: out of memory\n");
            } else {
                ascii(out, "fatal error: unexpected " + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage()) + "\n");
            }
        } else {
            for (gojc.runtime.dyn.Panics.Earlier e : gojc.runtime.dyn.Panics.earlier(t)) {
                ascii(out, "panic: ");
                value(out, e.value());
                ascii(out, e.recovered() ? " [recovered]\n\t" : "\n\t");
            }
            ascii(out, "panic: ");
            value(out, v);
            ascii(out, "\n");
            if (v instanceof RuntimeError re && re.isNilDereference()) {
                ascii(out, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
            }
        }
        ascii(out, "\ngoroutine " + goid + " [running]:\n");
        trace(out, t);
        return out.toByteArray();
    }

    /** The panic value as gc's printpanicval writes it. */
    static void value(ByteArrayOutputStream out, Object v) {
        switch (v) {
            case null -> ascii(out, "nil");
            case GoString s -> out.write(s.bytes, s.off, s.len);
            case M_Error__L e -> value(out, e.Error());
            case M_String__L s -> value(out, s.String());
            case Boolean b -> ascii(out, b.toString());
            case Long n -> ascii(out, n.toString());
            case Integer n -> ascii(out, n.toString());
            case Short n -> ascii(out, n.toString());
            case Byte n -> ascii(out, n.toString());
            case Double d -> ascii(out, Builtins.formatFloat(d));
            case Float f -> ascii(out, Builtins.formatFloat(f));
            case gojc.runtime.Complex64 c -> ascii(out, c.toString());
            case gojc.runtime.Complex128 c -> ascii(out, c.toString());
            case Int64 n -> ascii(out, Long.toString(n.v()));
            case Uint n -> ascii(out, Long.toUnsignedString(n.v()));
            case Uint64 n -> ascii(out, Long.toUnsignedString(n.v()));
            case Uintptr n -> ascii(out, Long.toUnsignedString(n.v()));
            case Uint32 n -> ascii(out, Integer.toUnsignedString(n.v()));
            case Uint16 n -> ascii(out, Integer.toString(n.v()));
            case Uint8 n -> ascii(out, Integer.toString(n.v()));
            default -> {
                GoType t = Dynamic.typeOf(v);
                if (t == null) {
                    ascii(out, "(" + goName(v.getClass().getName()) + ") " + Builtins.formatPointer(v));
                } else if (!customType(out, t, Dynamic.valueOf(v))) {
                    Object x = Dynamic.valueOf(v);
                    ascii(out, "(" + t + ") " + (x == null ? "0x0" : Builtins.formatPointer(x)));
                }
            }
        }
    }

    /** printanycustomtype: a defined type of a basic kind prints as T(value). */
    private static boolean customType(ByteArrayOutputStream out, GoType t, Object x) {
        String s;
        switch (t.kind) {
            case BOOL, INT, INT8, INT16, INT32, INT64 -> s = String.valueOf(x);
            case UINT, UINT64, UINTPTR -> s = Long.toUnsignedString(((Number) x).longValue());
            case UINT8 -> s = Integer.toString(((Number) x).intValue() & 0xFF);
            case UINT16 -> s = Integer.toString(x instanceof Character c ? c : ((Number) x).intValue() & 0xFFFF);
            case UINT32 -> s = Integer.toUnsignedString(((Number) x).intValue());
            case FLOAT32, FLOAT64 -> s = Builtins.formatFloat(((Number) x).doubleValue());
            case COMPLEX64, COMPLEX128 -> {
                // printcomplex brings its own parentheses.
                ascii(out, t + x.toString());
                return true;
            }
            case STRING -> {
                ascii(out, t + "(\"");
                GoString g = (GoString) x;
                out.write(g.bytes, g.off, g.len);
                ascii(out, "\")");
                return true;
            }
            default -> {
                return false;
            }
        }
        ascii(out, t + "(" + s + ")");
        return true;
    }

    /** Go frames of t's stack, innermost first, skipping runtime and JDK frames. */
    static void trace(ByteArrayOutputStream out, Throwable t) {
        out.writeBytes(frames(t.getStackTrace()).getBytes(StandardCharsets.UTF_8));
    }

    /** Go frames of a JVM stack as gc prints them: "pkg.f()" then "\tfile.go:LINE +0x0". */
    public static String frames(StackTraceElement[] stack) {
        StringBuilder out = new StringBuilder();
        for (StackTraceElement e : stack) {
            String cls = e.getClassName();
            if (cls.startsWith("gojc.runtime.") || cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) {
                continue;
            }
            String fn = goFunction(cls, e.getMethodName());
            if (fn == null) {
                continue;
            }
            out.append(fn).append("()\n\t").append(e.getFileName()).append(':').append(Math.max(e.getLineNumber(), 0)).append(" +0x0\n");
        }
        return out.toString();
    }

    /** gc's name for the function a JVM frame runs (main.f, main.init.0, main.f.func1, main.T.M). */
    static String goFunction(String cls, String method) {
        int dot = cls.lastIndexOf('.');
        String pkg = dot < 0 ? "" : cls.substring(0, dot);
        String simple = cls.substring(dot + 1);
        if (simple.equals("$Main")) {
            return null;
        }
        if (simple.equals("$Package")) {
            if (method.equals("$init")) {
                return pkg + ".init";
            }
            if (method.startsWith("init$")) {
                return pkg + ".init." + method.substring(5);
            }
            return pkg + "." + method;
        }
        // a stackless goroutine's function runs as F$coroutine.resume, and literals in it are
        // F$coroutine$funcN
        boolean stackless = simple.endsWith("$coroutine") && method.equals("resume");
        simple = simple.replace("$coroutine", "");
        if (stackless && !simple.contains("$func")) {
            return pkg + "." + simple;
        }
        int func = simple.indexOf("$func");
        if (func >= 0) {
            return pkg + "." + simple.substring(0, func) + "." + simple.substring(func + 1);
        }
        return pkg + "." + simple + "." + method;
    }

    static String goName(String javaClass) {
        return javaClass.replace("$Package", "").replace('$', '.');
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
