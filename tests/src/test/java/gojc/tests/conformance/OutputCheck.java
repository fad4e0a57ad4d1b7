// This file implements the pass rule of a "run" test, as Go's test/run.go has it: the program
// exits with status 0, and its stdout and stderr together, with \r\n read as \n, are byte for
// byte the NAME.out file, or empty when there is no such file.
package gojc.tests.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares a run of a test program with what the test expects. */
final class OutputCheck {
    private OutputCheck() {}

    /** The expected output as bytes in a Latin-1 string, so comparison is exact byte for byte. */
    static String expected(Path outFile) throws IOException {
        return Files.exists(outFile) ? new String(Files.readAllBytes(outFile), StandardCharsets.ISO_8859_1) : "";
    }

    static Outcome check(int status, byte[] combinedOutput, String expected) {
        String got = new String(combinedOutput, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        if (status == 0 && got.equals(expected)) return new Outcome.Pass();
        return Outcome.runFailure(status, got, expected);
    }
}
