// This file implements the finding of tests in Go's test suite: every .go file directly in the
// given directories whose recipe gojc supports, named by its path relative to test/ so that names
// are the same on every machine and in the known-failures list.
package gojc.tests.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** One test of Go's suite: its name ("ken/chan.go"), its source, its directory and its recipe. */
record GoTest(String name, Path source, String dir, Recipe recipe) {

    /** The actions run today; "errorcheck" joins them once diagnostics are checked. */
    static final Set<String> SUPPORTED_ACTIONS = Set.of("run");

    /** The directories run by default, relative to test/. */
    static final List<String> DEFAULT_DIRS = List.of(".", "ken", "chan", "typeparam");

    /** The Go root holding test/: -Dgojc.goroot, else $GOROOT, else Debian's Go 1.19. */
    static Path goRoot() {
        String p = System.getProperty("gojc.goroot");
        if (p == null || p.isBlank()) p = System.getenv("GOROOT");
        if (p == null || p.isBlank()) p = "/usr/lib/go-1.19";
        return Path.of(p);
    }

    /** The expected output file (NAME.out); it may be missing, and then no output is expected. */
    Path expectedOutput() {
        String file = source.getFileName().toString();
        return source.resolveSibling(file.substring(0, file.length() - ".go".length()) + ".out");
    }

    /** Selects the tests of the given directories (relative to testRoot), sorted by name. */
    static List<GoTest> select(Path testRoot, List<String> dirs, Set<String> actions) throws IOException {
        List<GoTest> tests = new ArrayList<>();
        for (String dir : dirs) {
            List<Path> files;
            try (Stream<Path> s = Files.list(testRoot.resolve(dir))) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".go") && Files.isRegularFile(p))
                        .sorted().toList();
            }
            for (Path f : files) {
                String src = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (Recipe.parse(src) instanceof Recipe.Selected(Recipe r)
                        && actions.contains(r.action()) && r.isPlain()) {
                    tests.add(new GoTest(nameOf(dir, f), f, dir, r));
                }
            }
        }
        return tests;
    }

    static String nameOf(String dir, Path file) {
        String base = file.getFileName().toString();
        return dir.equals(".") ? base : dir + "/" + base;
    }
}
