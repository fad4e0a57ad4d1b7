// This file implements the reading of a test's execution recipe: the comment block that opens
// every file of Go's test suite ("// run", "// errorcheck -0 -m", "// rundir", ...), read the way
// Go's test/run.go reads it so that gojc selects exactly the tests the Go project runs.
package gojc.tests.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A test's recipe: the action, the flags that follow it (words starting with '-'), and the
 * remaining arguments. Only a plain {@code // run} (no flags, no arguments) is run today; the
 * other actions are recognised so that errorcheck can be added without touching the selection.
 */
record Recipe(String action, List<String> flags, List<String> args) {

    /** What the header of a source file says to do with it. */
    sealed interface Header permits Selected, Skipped {}

    record Selected(Recipe recipe) implements Header {}

    record Skipped(String why) implements Header {}

    boolean isPlain() {
        return flags.isEmpty() && args.isEmpty();
    }

    /**
     * Reads the recipe of a test source. As in run.go: the recipe stops at the first blank line, a
     * first line holding "+build" is not part of it, and the build constraints in the header (up
     * to "package") must hold for linux/amd64 and gc.
     */
    static Header parse(String src) {
        if (src.isEmpty() || src.charAt(0) == '\n') return new Skipped("starts with newline");
        int blank = src.indexOf("\n\n");
        if (blank < 0) return new Skipped("no blank line ending the recipe");
        String action = src.substring(0, blank);
        int nl = action.indexOf('\n');
        if (nl >= 0 && action.substring(0, nl).contains("+build")) action = action.substring(nl + 1);
        if (action.startsWith("//")) action = action.substring(2);

        int pkg = src.indexOf("\npackage");
        String header = pkg >= 0 ? src.substring(0, pkg) : action;
        String unmet = BuildConstraint.firstUnmet(header);
        if (unmet != null) return new Skipped("build constraint: " + unmet);

        List<String> words;
        try {
            words = splitQuoted(action);
        } catch (IllegalArgumentException e) {
            return new Skipped("invalid recipe: " + e.getMessage());
        }
        if (words.isEmpty()) return new Skipped("empty recipe");
        List<String> rest = words.subList(1, words.size());
        int firstArg = 0;
        while (firstArg < rest.size() && rest.get(firstArg).startsWith("-")) {
            // -t and -goexperiment take a value, as in run.go.
            String f = rest.get(firstArg);
            firstArg += (f.equals("-t") || f.equals("-goexperiment")) && firstArg + 1 < rest.size() ? 2 : 1;
        }
        return new Selected(new Recipe(words.get(0),
                List.copyOf(rest.subList(0, firstArg)), List.copyOf(rest.subList(firstArg, rest.size()))));
    }

    /** Splits on white space; single or double quotes group words and are dropped, like run.go. */
    static List<String> splitQuoted(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) throw new IllegalArgumentException("unterminated " + quote + " string");
        if (inWord) words.add(word.toString());
        return words;
    }
}
