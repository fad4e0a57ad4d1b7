// This file implements the result of one conformance test and the short reason that describes a
// failure in the known-failures list: a category that groups failures by what needs fixing
// (compile error, wrong output, panic, timeout, ...) and a one-line detail.
package gojc.tests.conformance;

/** Whether a test passed, and if not, why, in one line. */
sealed interface Outcome permits Outcome.Pass, Outcome.Fail {

    record Pass() implements Outcome {}

    /** A failure: reason is "category: detail" on one line, details keeps what helps to debug. */
    record Fail(String reason, String details) implements Outcome {
        public Fail {
            reason = oneLine(reason);
        }
    }

    static Fail compileError(String firstDiagnostic, String all) {
        String d = firstDiagnostic;
        String category = d.contains("not supported") || d.contains("unsupported") || d.contains("not implemented")
                ? "unsupported feature: " : "compile error: ";
        return new Fail(category + stripPosition(d), all);
    }

    /**
     * Classifies an exception out of the compiler by its root cause: a phase that says it does
     * not support something yet is an unsupported feature, anything else a compiler crash.
     */
    static Fail compilerCrash(Throwable t, String details) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() == null ? "" : root.getMessage();
        if (msg.startsWith("null: ")) msg = msg.substring("null: ".length());
        msg = stripPosition(msg);
        if (root instanceof UnsupportedOperationException) return new Fail("unsupported feature: " + msg, details);
        return new Fail("compiler crash: " + root.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg), details);
    }

    /**
     * Classifies a run whose output or status was not the expected one. A Go panic or runtime
     * fatal error exits with status 2 and says so on stderr; a JVM exception that escaped the
     * runtime is its own category, as it is a gojc bug whatever the program does.
     */
    static Fail runFailure(int status, String outputBytes, String expectedBytes) {
        // Compared as bytes; reported as the UTF-8 text Go programs print.
        String output = utf8(outputBytes);
        String expected = utf8(expectedBytes);
        String firstPanic = firstLineStarting(output, "panic: ", "fatal error: ");
        String javaException = firstLineStarting(output, "Exception in thread", "java.lang.", "Caused by:");
        String details = "exit status " + status + "\n--- got:\n" + output + "\n--- want:\n" + expected;
        if (javaException != null) return new Fail("java exception: " + javaException, details);
        if (status != 0 && firstPanic != null) return new Fail(firstPanic, details);
        if (status != 0) return new Fail("exit status " + status, details);
        return new Fail("wrong output", details);
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String firstLineStarting(String text, String... prefixes) {
        for (String line : text.split("\n")) {
            for (String p : prefixes) {
                if (line.startsWith(p)) return line;
            }
        }
        return null;
    }

    /** Drops "path/file.go:12:3: " so reasons do not depend on where Go is installed. */
    static String stripPosition(String diagnostic) {
        int go = diagnostic.indexOf(".go:");
        if (go < 0) return diagnostic;
        int i = go + ".go:".length();
        while (i < diagnostic.length() && (Character.isDigit(diagnostic.charAt(i)) || diagnostic.charAt(i) == ':')) i++;
        return diagnostic.substring(i).strip();
    }

    static String oneLine(String s) {
        String line = s.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) line = line.substring(0, nl);
        line = line.replace('\t', ' ').strip();
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
