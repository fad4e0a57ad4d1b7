// A mistake in what the user asked for (a missing file, an unwritable output): reported as one
// Go-style line and an exit status, never with a stack trace. Commands throw it; Main prints it.
package gojc.cli;

/** An error the user can fix, printed as {@code gojc: message}. */
final class UserError extends RuntimeException {
    private final int status;

    UserError(String message, int status) {
        super(message, null, false, false);
        this.status = status;
    }

    UserError(String message) {
        this(message, 1);
    }

    int status() {
        return status;
    }
}
