package gojc.compiler;

/** A bug in gojc, not in the user's program: printed as {@code gojc: internal compiler error: …}, exit 3. */
public final class InternalCompilerError extends RuntimeException {
    public InternalCompilerError(String message, Throwable cause) {
        super(message, cause);
    }
}
