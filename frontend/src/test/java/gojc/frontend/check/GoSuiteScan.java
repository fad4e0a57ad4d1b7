package gojc.frontend.check;

import gojc.frontend.diag.Diagnostics;
import gojc.frontend.syntax.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A developer scan over Go's own test suite (-Dgojc.gosuite=/usr/lib/go-1.19/test): every
 * {@code // run} program that imports only the test standard library must check without errors,
 * and no file may crash the checker. Prints a summary instead of failing on false errors.
 */
class GoSuiteScan {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:\\w+\\s+)?\"([^\"]+)\"|^\\s+(?:\\w+\\s+)?\"([^\"]+)\"$", Pattern.MULTILINE);

    @Test
    void scan() throws Exception {
        String dir = System.getProperty("gojc.gosuite");
        Assumptions.assumeTrue(dir != null);
        List<String> crashes = new ArrayList<>(), falseErrors = new ArrayList<>();
        int ok = 0, total = 0;
        int checked = 0, ecOk = 0, ecTotal = 0;
        List<String> ecProblems = new ArrayList<>();
        List<Path> all = new ArrayList<>();
        for (String d1 : dir.split(":")) {
            try (Stream<Path> files = Files.list(Path.of(d1))) {
                all.addAll(files.filter(f -> f.toString().endsWith(".go")).sorted().toList());
            }
        }
        {
            for (Path p : all) {
                String src = Files.readString(p);
                boolean errorcheck = src.startsWith("// errorcheck\n");
                if (!src.startsWith("// run\n") && !errorcheck) continue;
                Matcher m = IMPORT.matcher(src);
                boolean supported = true;
                while (m.find()) {
                    String imp = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!List.of("fmt", "os", "strings", "errors").contains(imp)) supported = false;
                }
                if (!supported && !errorcheck) continue;
                if (!errorcheck) total++;
                Diagnostics d = new Diagnostics();
                try {
                    var f = Parser.parse(p.getFileName().toString(), src.getBytes(), d);
                    if (d.hasErrors()) continue;
                    var ex = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r);
                        t.setDaemon(true);
                        return t;
                    });
                    try {
                        ex.submit(() -> Checker.checkProgram(List.of(f), TestSupport.STDLIB, "go1.19", d))
                                .get(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException te) {
                        crashes.add(p.getFileName() + ": timeout");
                        ex.shutdownNow();
                        continue;
                    } catch (java.util.concurrent.ExecutionException ee) {
                        throw ee.getCause();
                    } finally {
                        ex.shutdown();
                    }
                    checked++;
                    if (errorcheck) {
                        if (!supported) continue;
                        ecTotal++;
                        List<String> pr = ErrorCheckTest.problems(p.getFileName().toString(), src);
                        if (pr.isEmpty()) ecOk++;
                        else for (String x : pr) ecProblems.add(p.getFileName() + ": " + x.replace("\n", "\\n"));
                        continue;
                    }
                    if (d.hasErrors()) falseErrors.add(d.render().get(0));
                    else ok++;
                } catch (Throwable t) {
                    StackTraceElement[] st = t.getStackTrace();
                    crashes.add(p.getFileName() + ": " + t + " at " + (st.length > 0 ? st[0] : "?") + (st.length > 1 ? " / " + st[1] : ""));
                }
            }
        }
        System.out.println("GOSUITE ok " + ok + " / " + total + ", checked " + checked);
        System.out.println("ERRORCHECK ok " + ecOk + " / " + ecTotal);
        ecProblems.forEach(s -> System.out.println("EC " + s));
        crashes.forEach(s -> System.out.println("CRASH " + s));
        falseErrors.forEach(s -> System.out.println("FALSE " + s));
    }
}
