// This file implements the summary a conformance run prints: per directory of Go's test suite,
// how many tests ran, passed, failed as known, and surprised the list either way; then the counts
// of failures by category, which say where the work is.
package gojc.tests.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Formats the results of a run as a table. */
final class Summary {
    private Summary() {}

    static String format(List<GoTest> tests, Map<String, Outcome> results, KnownFailures known) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        int[] total = new int[5];
        Map<String, Integer> categories = new TreeMap<>();
        for (GoTest t : tests) {
            Outcome o = results.get(t.name());
            if (o == null) continue;
            int[] row = rows.computeIfAbsent(t.dir().equals(".") ? "test" : "test/" + t.dir(), k -> new int[5]);
            boolean listed = known.contains(t.name());
            int[] cols = switch (o) {
                case Outcome.Pass p -> listed ? new int[] {1, 1, 0, 0, 1} : new int[] {1, 1, 0, 0, 0};
                case Outcome.Fail f -> listed ? new int[] {1, 0, 1, 0, 0} : new int[] {1, 0, 0, 1, 0};
            };
            for (int i = 0; i < 5; i++) {
                row[i] += cols[i];
                total[i] += cols[i];
            }
            if (o instanceof Outcome.Fail f) categories.merge(category(f.reason()), 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        String fmt = "%-16s %6s %6s %6s %10s %10s%n";
        b.append(String.format(fmt, "directory", "tests", "passed", "known", "new-fail", "new-pass"));
        rows.forEach((dir, r) -> b.append(String.format(fmt, dir, r[0], r[1], r[2], r[3], r[4])));
        b.append(String.format(fmt, "total", total[0], total[1], total[2], total[3], total[4]));
        if (!categories.isEmpty()) {
            b.append("failures by category:\n");
            categories.forEach((c, n) -> b.append(String.format("  %5d  %s%n", n, c)));
        }
        return b.toString();
    }

    /** The part of a reason before its detail: "compile error", "panic", "wrong output", ... */
    static String category(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
