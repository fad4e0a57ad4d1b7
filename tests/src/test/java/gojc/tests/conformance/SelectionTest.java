// Tests of the selection of tests in Go's own test suite, where it is installed.
package gojc.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SelectionTest {
    @Test
    void selectsPlainRunTestsOnly() throws Exception {
        Path root = GoTest.goRoot().resolve("test");
        assumeTrue(Files.isDirectory(root.resolve("ken")), "no Go test suite at " + root);
        List<GoTest> tests = GoTest.select(root, GoTest.DEFAULT_DIRS, GoTest.SUPPORTED_ACTIONS);
        Set<String> names = tests.stream().map(GoTest::name).collect(Collectors.toSet());
        assertTrue(names.contains("ken/chan.go"));
        assertTrue(names.contains("helloworld.go"));
        assertTrue(names.contains("typeparam/absdiff.go"));
        assertFalse(names.contains("args.go"), "run with arguments");
        assertFalse(names.contains("64bit.go"), "runoutput");
        assertFalse(names.contains("inline_callers.go"), "run with flags");
    }
}
