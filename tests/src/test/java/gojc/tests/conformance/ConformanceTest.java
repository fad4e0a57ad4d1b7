// This file implements the conformance run over Go's own test suite (test/ in a Go distribution):
// every single-file "// run" test is compiled with gojc, run with `java -jar`, and checked as Go's
// test/run.go checks it; the results are held against tests/conformance/known-failures.txt.
//
// It is skipped in the ordinary build (it takes minutes and needs Go's sources); scripts/conformance
// runs it. Properties:
//   -Dgojc.conformance=true         run at all
//   -Dgojc.goroot=DIR               Go root holding test/ (else $GOROOT, else /usr/lib/go-1.19)
//   -Dgojc.conformance.dirs=a,b     directories under test/ (default: .,ken,chan,typeparam)
//   -Dgojc.conformance.only=REGEX   only tests whose name ("ken/chan.go") contains a match
//   -Dgojc.conformance.update=true  rewrite the known-failures list from this run instead of failing
//   -Dgojc.conformance.threads=N    tests run at once (default 2)
package gojc.tests.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConformanceTest {
    static final Path KNOWN_FAILURES = Path.of("conformance", "known-failures.txt");
    static final Path WORK_DIR = Path.of("target", "conformance");
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(10);
    static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(60);
    static final int DETAIL_LIMIT = 4000;

    @Test
    void goTestSuite() throws Exception {
        assumeTrue(Boolean.getBoolean("gojc.conformance"), "conformance run not requested (-Dgojc.conformance=true)");
        Path testRoot = GoTest.goRoot().resolve("test");
        assumeTrue(Files.isDirectory(testRoot), "no Go test suite at " + testRoot);

        List<String> dirs = Arrays.stream(System.getProperty("gojc.conformance.dirs", String.join(",", GoTest.DEFAULT_DIRS))
                .split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String only = System.getProperty("gojc.conformance.only", "");
        Pattern filter = Pattern.compile(only);
        List<GoTest> all = GoTest.select(testRoot, dirs, GoTest.SUPPORTED_ACTIONS);
        List<GoTest> tests = all.stream().filter(t -> filter.matcher(t.name()).find()).toList();

        Files.createDirectories(WORK_DIR);
        KnownFailures known = KnownFailures.load(KNOWN_FAILURES);
        Map<String, Outcome> results = runAll(tests, testRoot, known);

        writeResults(tests, results);
        String summary = Summary.format(tests, results, known);
        Files.writeString(WORK_DIR.resolve("summary.txt"), summary);
        System.out.print(summary);

        if (Boolean.getBoolean("gojc.conformance.update")) {
            KnownFailures next = known.updated(results);
            boolean fullRun = only.isEmpty() && dirs.equals(GoTest.DEFAULT_DIRS);
            if (fullRun) next = next.retainOnly(results.keySet());
            next.write(KNOWN_FAILURES);
            System.out.println("wrote " + KNOWN_FAILURES + ": " + next.entries().size() + " known failures");
            return;
        }
        KnownFailures.Comparison c = known.compare(results);
        System.out.printf("passed %d, failed %d, known failures %d, unexpected failures %d, unexpected passes %d%n",
                c.passed(), results.size() - c.passed(), c.knownFailures(),
                c.unexpectedFailures().size(), c.unexpectedPasses().size());
        if (!c.ok()) {
            // Each surprise was printed with its reason as it happened; the message names them.
            StringBuilder msg = new StringBuilder();
            if (!c.unexpectedFailures().isEmpty()) {
                msg.append(c.unexpectedFailures().size()).append(" tests failed that are not known failures: ")
                        .append(String.join(" ", c.unexpectedFailures())).append('\n');
            }
            if (!c.unexpectedPasses().isEmpty()) {
                msg.append(c.unexpectedPasses().size()).append(" known failures passed (take them off the list): ")
                        .append(String.join(" ", c.unexpectedPasses())).append('\n');
            }
            msg.append("details in tests/").append(WORK_DIR.resolve("results.txt"))
                    .append("; to accept the current results: scripts/conformance -u");
            fail(msg.toString());
        }
    }

    private static Map<String, Outcome> runAll(List<GoTest> tests, Path testRoot, KnownFailures known) throws Exception {
        int threads = Integer.getInteger("gojc.conformance.threads", 2);
        ProgramRunner runner = new ProgramRunner(WORK_DIR, testRoot, RUN_TIMEOUT, COMPILE_TIMEOUT);
        Map<String, Outcome> results = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (GoTest t : tests) {
                futures.add(pool.submit(() -> {
                    Outcome o;
                    try {
                        o = runner.run(t);
                    } catch (IOException | RuntimeException e) {
                        o = new Outcome.Fail("runner error: " + e, "");
                    }
                    results.put(t.name(), o);
                    boolean surprise = (o instanceof Outcome.Fail) != known.contains(t.name());
                    if (surprise) {
                        String what = o instanceof Outcome.Fail f ? "FAIL " + f.reason() : "PASS (listed as failing)";
                        System.out.println(t.name() + ": " + what);
                    }
                    int n = done.incrementAndGet();
                    if (n % 50 == 0) System.out.println("... " + n + "/" + tests.size());
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdownNow();
            runner.close();
        }
        return new TreeMap<>(results);
    }

    private static void writeResults(List<GoTest> tests, Map<String, Outcome> results) throws IOException {
        StringBuilder b = new StringBuilder();
        for (GoTest t : tests) {
            switch (results.get(t.name())) {
                case Outcome.Pass p -> b.append("PASS ").append(t.name()).append('\n');
                case Outcome.Fail f -> {
                    b.append("FAIL ").append(t.name()).append(": ").append(f.reason()).append('\n');
                    String d = f.details();
                    if (d.length() > DETAIL_LIMIT) d = d.substring(0, DETAIL_LIMIT) + "\n[... truncated]";
                    if (!d.isEmpty()) b.append("  ").append(d.replace("\n", "\n  ")).append('\n');
                }
                case null -> {}
            }
        }
        Files.writeString(WORK_DIR.resolve("results.txt"), b.toString(), StandardCharsets.UTF_8);
    }
}
