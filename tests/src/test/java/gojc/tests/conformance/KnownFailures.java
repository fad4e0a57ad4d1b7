// This file implements the known-failures list of the conformance run: one line per failing test,
// "name reason", so the list documents what does not work yet and why. The run fails when a test
// off the list fails or a test on the list passes, so the list can only shrink by hand and grow
// only through a deliberate update.
package gojc.tests.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The known failures: test name → reason. */
record KnownFailures(SortedMap<String, String> entries) {

    static final String HEADER = """
            # Tests of Go's test suite (names relative to test/) that gojc is known to fail, with why.
            # scripts/conformance fails if a test off this list fails or a test on it passes;
            # scripts/conformance -u rewrites it from the current results.
            """;

    /** How the results of a run compare with the list. */
    record Comparison(List<String> unexpectedFailures, List<String> unexpectedPasses, int knownFailures, int passed) {
        boolean ok() {
            return unexpectedFailures.isEmpty() && unexpectedPasses.isEmpty();
        }
    }

    static KnownFailures parse(String text) {
        SortedMap<String, String> entries = new TreeMap<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            int sp = t.indexOf(' ');
            entries.put(sp < 0 ? t : t.substring(0, sp), sp < 0 ? "" : t.substring(sp + 1).strip());
        }
        return new KnownFailures(entries);
    }

    static KnownFailures load(Path file) throws IOException {
        return Files.exists(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : new KnownFailures(new TreeMap<>());
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    Comparison compare(Map<String, Outcome> results) {
        List<String> unexpectedFailures = new ArrayList<>();
        List<String> unexpectedPasses = new ArrayList<>();
        int known = 0;
        int passed = 0;
        for (var e : new TreeMap<>(results).entrySet()) {
            boolean listed = contains(e.getKey());
            if (e.getValue() instanceof Outcome.Pass) {
                passed++;
                if (listed) unexpectedPasses.add(e.getKey());
            } else if (listed) {
                known++;
            } else {
                unexpectedFailures.add(e.getKey());
            }
        }
        return new Comparison(unexpectedFailures, unexpectedPasses, known, passed);
    }

    /**
     * The list after a run: tests that ran are listed exactly when they failed, with their new
     * reason; entries of tests that did not run (a filtered run) are kept.
     */
    KnownFailures updated(Map<String, Outcome> results) {
        SortedMap<String, String> next = new TreeMap<>(entries);
        for (var e : results.entrySet()) {
            if (e.getValue() instanceof Outcome.Fail f) next.put(e.getKey(), f.reason());
            else next.remove(e.getKey());
        }
        return new KnownFailures(next);
    }

    /** Drops entries for tests that no longer exist or are no longer selected. */
    KnownFailures retainOnly(java.util.Set<String> selected) {
        SortedMap<String, String> next = new TreeMap<>(entries);
        next.keySet().retainAll(selected);
        return new KnownFailures(next);
    }

    String format() {
        StringBuilder b = new StringBuilder(HEADER);
        entries.forEach((name, reason) -> b.append(name).append(' ').append(reason).append('\n'));
        return b.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, format(), StandardCharsets.UTF_8);
    }
}
