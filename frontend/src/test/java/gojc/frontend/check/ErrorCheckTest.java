package gojc.frontend.check;

import static org.junit.jupiter.api.Assertions.fail;

import gojc.frontend.diag.Diagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go's errorcheck convention over resources/check/*.go: a line ending in {@code // ERROR "regex"}
 * must get an error matching the regex; every reported error must be expected.
 */
class ErrorCheckTest {
    private static final Pattern ERROR = Pattern.compile("//\\s*ERROR\\s+(.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`");

    @TestFactory
    Stream<DynamicTest> errorcheck() throws IOException, URISyntaxException {
        Path dir = Path.of(ErrorCheckTest.class.getResource("/check").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".go")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
        }
    }

    private static void run(Path p) throws IOException {
        String src = Files.readString(p, StandardCharsets.UTF_8);
        List<String> problems = problems(p.getFileName().toString(), src);
        if (!problems.isEmpty()) fail(p.getFileName() + ":\n  " + String.join("\n  ", problems));
    }

    /** What differs between the expectations in src and the errors reported for it. */
    static List<String> problems(String name, String src) {
        String lang = src.contains("// lang=go1.22") ? "go1.22" : src.contains("// lang=go1.21") ? "go1.21" : "go1.19";
        Map<Integer, List<Pattern>> expected = new HashMap<>();
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ERROR.matcher(lines[i]);
            if (!m.find()) continue;
            Matcher q = QUOTED.matcher(m.group(1));
            List<Pattern> ps = new ArrayList<>();
            while (q.find()) {
                String re = q.group(1) != null ? q.group(1).replace("\\\"", "\"") : q.group(2);
                ps.add(Pattern.compile(re));
            }
            expected.put(i + 1, ps);
        }
        var r = TestSupport.check(name, src, lang);
        List<String> problems = new ArrayList<>();
        Map<Integer, List<Diagnostic>> got = new HashMap<>();
        boolean hasMain = src.contains("func main()");
        for (Diagnostic d : r.diags().sorted()) if (hasMain || !d.message().contains("function main is undeclared")) got.computeIfAbsent(d.pos().line(), k -> new ArrayList<>()).add(d);
        for (var e : got.entrySet()) {
            List<Pattern> ps = expected.get(e.getKey());
            for (Diagnostic d : e.getValue()) {
                if (ps == null || ps.stream().noneMatch(pt -> pt.matcher(d.message()).find())) {
                    problems.add("unexpected error " + d);
                }
            }
        }
        for (var e : expected.entrySet()) {
            if (!got.containsKey(e.getKey())) problems.add("missing error at line " + e.getKey() + ": " + e.getValue());
        }
        if (expected.isEmpty() && r.program() == null && problems.isEmpty()) problems.add("no program produced");
        return problems;
    }
}
