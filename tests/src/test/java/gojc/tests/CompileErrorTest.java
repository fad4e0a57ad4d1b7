package gojc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gojc.compiler.CompileRequest;
import gojc.compiler.CompileResult;
import gojc.compiler.GoCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs that must not compile: testdata/errors/NAME.go with NAME.errors, the diagnostics the
 * real Go toolchain prints (without its "# command-line-arguments" header), file names and all.
 */
class CompileErrorTest {
    static final Path DIR = Path.of("testdata", "errors");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(DIR)) {
            sources = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return sources.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private void check(Path source) throws IOException {
        String name = source.getFileName().toString();
        String expected = Files.readString(DIR.resolve(name.replace(".go", ".errors")))
                .replace("./" + name + ":", source + ":");
        CompileResult result = new GoCompiler().compile(new CompileRequest(List.of(source), CompileRequest.DEFAULT_LANG));
        assertFalse(result.ok(), "compiled, but Go rejects it");
        assertEquals(expected, String.join("\n", result.diagnostics()) + "\n");
    }
}
