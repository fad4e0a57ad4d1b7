// Every .go file under the repository's tests/ and samples/ directories parses without errors,
// except files under a directory named "errors" or "syntaxerr" (which hold intentional mistakes).
package gojc.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.frontend.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ParseCoverageTest {
    @Test
    void repositoryGoFilesParse() throws IOException {
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (String dir : List.of("../tests", "../samples")) {
            Path root = Path.of(dir);
            if (!Files.isDirectory(root)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(root.toRealPath())) {
                files = s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                        .filter(p -> !p.toString().contains("/errors/") && !p.toString().contains("/syntaxerr/"))
                        .toList();
            }
            for (Path p : files) {
                Diagnostics d = new Diagnostics();
                Parser.parse(p.toString(), Files.readAllBytes(p), d);
                parsed++;
                boolean syntax = d.render().stream().anyMatch(m -> m.contains("syntax error"));
                if (syntax) failures.add(d.render().get(0));
            }
        }
        System.out.println("ParseCoverageTest: parsed " + parsed + " files");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
