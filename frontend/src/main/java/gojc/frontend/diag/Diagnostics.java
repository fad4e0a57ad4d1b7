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
    private int parsing;

    public void error(Pos pos, String message) {
        list.add(new Diagnostic(pos, message));
    }

    /**
     * An error that gc reports while parsing (misplaced branches, unused labels): it counts before
     * every type error toward gc's limit of ten, whatever order gojc finds them in.
     */
    public void errorWhileParsing(Pos pos, String message) {
        list.add(parsing++, new Diagnostic(pos, message));
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

    /**
     * The lines gc would print: gc stops when it meets its tenth error, prints the ten it has
     * sorted by position, and says "too many errors" where that tenth error was.
     */
    public List<String> render() {
        List<Diagnostic> firstTen = new ArrayList<>();
        for (Diagnostic d : list) {
            boolean sameLine = false;
            for (Diagnostic e : firstTen) sameLine |= e.pos().file().equals(d.pos().file()) && e.pos().line() == d.pos().line();
            if (sameLine) continue;
            firstTen.add(d);
            if (firstTen.size() == MAX_REPORTED) break;
        }
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : sortedOf(firstTen)) lines.add(d.toString());
        if (firstTen.size() == MAX_REPORTED) lines.add(firstTen.get(MAX_REPORTED - 1).pos() + ": too many errors");
        return lines;
    }

    private static List<Diagnostic> sortedOf(List<Diagnostic> ds) {
        List<Diagnostic> all = new ArrayList<>(ds);
        Collections.sort(all);
        return all;
    }
}
