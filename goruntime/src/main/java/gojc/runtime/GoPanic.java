// A Go panic in flight: an unchecked exception carrying the panic value. Codegen raises it with
// `invokestatic GoPanic.raise; athrow`; recover and the top-level handler read the value back,
// translating JVM faults (division by zero, null dereference, ...) into Go runtime errors.
package gojc.runtime;

public final class GoPanic extends RuntimeException {
    private final Object value;

    private GoPanic(Object value) {
        super(null, null, false, true);
        this.value = value;
    }

    public static RuntimeException raise(Object value) {
        return new GoPanic(value);
    }

    public Object value() {
        return value;
    }

    /**
     * The Go panic value a throwable stands for: the value of a GoPanic, or the runtime error a
     * JVM fault means in Go. Returns null for throwables that are not Go panics (stack overflow,
     * out of memory: fatal errors in Go, not recoverable).
     */
    public static Object valueOf(Throwable t) {
        return switch (t) {
            case GoPanic p -> p.value;
            case ArithmeticException a -> RuntimeError.divide();
            case NullPointerException n -> RuntimeError.nilDereference();
            case ArrayIndexOutOfBoundsException a -> arrayIndex(a);
            case NegativeArraySizeException n -> RuntimeError.plain("makeslice: len out of range");
            case ClassCastException c -> RuntimeError.plain("interface conversion: " + c.getMessage());
            default -> null;
        };
    }

    /** True if recover can stop t: every Go panic, but not fatal errors such as stack overflow. */
    public static boolean isRecoverable(Throwable t) {
        return valueOf(t) != null || !(t instanceof Error);
    }

    private static RuntimeError arrayIndex(ArrayIndexOutOfBoundsException a) {
        // The JDK's message is "Index 5 out of bounds for length 3".
        String m = a.getMessage();
        if (m != null) {
            String[] w = m.split(" ");
            if (w.length == 7 && w[0].equals("Index")) {
                try {
                    return RuntimeError.index(Long.parseLong(w[1]), Long.parseLong(w[6]));
                } catch (NumberFormatException e) {
                    // fall through to the generic text
                }
            }
        }
        return RuntimeError.plain("index out of range");
    }
}
