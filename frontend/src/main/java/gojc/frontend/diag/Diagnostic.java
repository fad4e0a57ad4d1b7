package gojc.frontend.diag;

/** One compile error, printed as gc prints it: {@code file.go:LINE:COL: message}. */
public record Diagnostic(Pos pos, String message) implements Comparable<Diagnostic> {
    @Override
    public int compareTo(Diagnostic o) {
        return pos.compareTo(o.pos);
    }

    @Override
    public String toString() {
        return pos.line() == 0 ? message : pos + ": " + message;
    }
}
