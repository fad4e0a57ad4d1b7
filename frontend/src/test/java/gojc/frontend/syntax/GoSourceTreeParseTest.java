// Parses the whole Go 1.19 source tree as a robustness and speed check. Run only on request
// (-Dgojc.parseGoSrc=true, see scripts/parse-go-src): it takes a while.
package gojc.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gojc.frontend.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GoSourceTreeParseTest {
    private static final Path GO_SRC = Path.of("/usr/lib/go-1.19/src");

    @Test
    void parsesGoSourceTree() throws IOException {
        assumeTrue(Boolean.getBoolean("gojc.parseGoSrc"), "set -Dgojc.parseGoSrc=true to run");
        assumeTrue(Files.isDirectory(GO_SRC), "Go sources not installed");
        List<Path> files;
        try (Stream<Path> s = Files.walk(GO_SRC.toRealPath())) {
            files = s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
        List<byte[]> sources = new ArrayList<>();
        long lines = 0;
        for (Path p : files) {
            byte[] b = Files.readAllBytes(p);
            sources.add(b);
            for (byte x : b) if (x == '\n') lines++;
        }
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Diagnostics d = new Diagnostics();
            Parser.parse(files.get(i).toString(), sources.get(i), d);
            if (d.hasErrors()) failures.add(d.render().get(0));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        List<String> unexpected = failures.stream().filter(f -> !f.contains("/testdata/")).toList();
        System.out.printf("GoSourceTreeParseTest: %d files, %d lines, %.1f s, %.0f lines/s, %d failures "
                + "(%d outside testdata)%n", files.size(), lines, secs, lines / secs, failures.size(), unexpected.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(unexpected.isEmpty(), String.join("\n", unexpected));
    }
}
