// This file implements the build constraints of a test's header, both "//go:build expr" and the
// older "// +build" lines, evaluated for the one target gojc's conformance run stands for:
// linux/amd64 with the gc toolchain, as Go's test/run.go evaluates them.
package gojc.tests.conformance;

import java.util.Set;

/** Evaluates the build constraint lines of a header for linux/amd64, gc. */
final class BuildConstraint {
    /** The tags that hold; "test_run" is the tag run.go sets for every test. */
    static final Set<String> TAGS = Set.of("linux", "amd64", "gc", "test_run");

    private BuildConstraint() {}

    /** The first constraint line of the header that does not hold, or null if all hold. */
    static String firstUnmet(String header) {
        for (String line : header.split("\n", -1)) {
            if (line.startsWith("package ")) break;
            String t = line.strip();
            boolean ok;
            if (t.startsWith("//go:build ")) {
                ok = new Expr(t.substring("//go:build ".length())).evaluate();
            } else if (t.startsWith("// +build ") || t.equals("// +build")) {
                ok = plusBuild(t.substring("// +build".length()));
            } else {
                continue;
            }
            if (!ok) return line;
        }
        return null;
    }

    static boolean tag(String name) {
        return TAGS.contains(name);
    }

    /** "// +build" syntax: space-separated options (OR) of comma-separated terms (AND). */
    private static boolean plusBuild(String line) {
        for (String option : line.strip().split("\\s+")) {
            if (option.isEmpty()) continue;
            boolean all = true;
            for (String term : option.split(",")) {
                boolean neg = term.startsWith("!");
                String name = neg ? term.substring(1) : term;
                if (tag(name) == neg) all = false;
            }
            if (all) return true;
        }
        return false;
    }

    /** "//go:build" syntax: ||, &&, !, parentheses, by recursive descent. */
    private static final class Expr {
        private final String s;
        private int pos;

        Expr(String s) {
            this.s = s;
        }

        boolean evaluate() {
            boolean v = or();
            skipSpace();
            if (pos != s.length()) throw new IllegalArgumentException("bad //go:build line: " + s);
            return v;
        }

        private boolean or() {
            boolean v = and();
            while (eat("||")) v = and() | v;
            return v;
        }

        private boolean and() {
            boolean v = not();
            while (eat("&&")) v = not() & v;
            return v;
        }

        private boolean not() {
            if (eat("!")) return !not();
            if (eat("(")) {
                boolean v = or();
                if (!eat(")")) throw new IllegalArgumentException("missing ) in //go:build line: " + s);
                return v;
            }
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '.')) pos++;
            if (start == pos) throw new IllegalArgumentException("missing tag in //go:build line: " + s);
            return tag(s.substring(start, pos));
        }

        private boolean eat(String token) {
            skipSpace();
            if (!s.startsWith(token, pos)) return false;
            pos += token.length();
            return true;
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }
    }
}
