package gojc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.compiler.CompileRequest;
import gojc.compiler.CompileResult;
import gojc.compiler.GoCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps README.md's standard library table true: each package it lists has Go sources under
 * goruntime/src/main/go and a program importing it compiles; a package gojc lacks is a clear
 * compile error.
 */
class StdlibTableTest {
    static final Path README = Path.of("..", "README.md");
    static final Path GO_SRC = Path.of("..", "goruntime", "src", "main", "go");
    static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9/]+)` \\|");

    @TempDir
    Path tmp;

    static List<String> listed() throws IOException {
        List<String> pkgs = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("<!-- stdlib-table")) {
                inTable = true;
            } else if (inTable) {
                if (!line.startsWith("|")) {
                    break;
                }
                Matcher m = ROW.matcher(line);
                if (m.find()) {
                    pkgs.add(m.group(1));
                }
            }
        }
        return pkgs;
    }

    @TestFactory
    Stream<DynamicTest> listedPackagesExist() throws IOException {
        List<String> pkgs = listed();
        assertFalse(pkgs.isEmpty(), "no standard library table in README.md");
        return pkgs.stream().map(p -> DynamicTest.dynamicTest(p, () -> check(p)));
    }

    private void check(String pkg) throws IOException {
        Path dir = GO_SRC.resolve(pkg);
        assertTrue(Files.isDirectory(dir), "README lists " + pkg + " but " + dir + " does not exist");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.anyMatch(f -> f.toString().endsWith(".go")), dir + " has no Go files");
        }
        CompileResult r = compile("package main\n\nimport _ \"" + pkg + "\"\n\nfunc main() {}\n");
        assertTrue(r.ok(), pkg + " does not import cleanly: " + r.diagnostics());
    }

    @Test
    void missingPackageIsACompileError() throws IOException {
        CompileResult r = compile("package main\n\nimport \"net/http\"\n\nfunc main() { _ = http.StatusOK }\n");
        assertFalse(r.ok());
        assertTrue(String.join("\n", r.diagnostics()).contains("package net/http is not in gojc's standard library"),
                "diagnostics: " + r.diagnostics());
    }

    private CompileResult compile(String source) throws IOException {
        Path file = tmp.resolve("main.go");
        Files.writeString(file, source);
        return new GoCompiler().compile(new CompileRequest(List.of(file), CompileRequest.DEFAULT_LANG));
    }
}
