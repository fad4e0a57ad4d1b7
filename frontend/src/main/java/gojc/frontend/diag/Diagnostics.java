package gojc.frontend.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects compile errors. Errors are values, never thrown for user mistakes. gc reports at most
 * one error per line and stops after ten, so {@link #sorted()} applies the same rules.
 */
public final class Diagnostics {
    public static final int MAX_REPORTED = 10;
    private final List<Diagnostic> list = new ArrayList<>();

    public void error(Pos pos, String message) {
        list.add(new Diagnostic(pos, message));
    }

    public boolean hasErrors() {
        return !list.isEmpty();
    }

    public int count() {
        return list.size();
    }

    /** Errors sorted by position, one per line, as gc prints them. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(list);
        Collections.sort(all);
        List<Diagnostic> out = new ArrayList<>();
        Diagnostic last = null;
        for (Diagnostic d : all) {
            if (last != null && last.pos().file().equals(d.pos().file()) && last.pos().line() == d.pos().line()) continue;
            out.add(d);
            last = d;
        }
        return out;
    }

    /** The lines gc would print: at most ten errors, then "too many errors". */
    public List<String> render() {
        List<String> lines = new ArrayList<>();
        List<Diagnostic> s = sorted();
        for (int i = 0; i < s.size(); i++) {
            if (i == MAX_REPORTED) {
                lines.add(s.get(i - 1).pos() + ": too many errors");
                break;
            }
            lines.add(s.get(i).toString());
        }
        return lines;
    }
}
