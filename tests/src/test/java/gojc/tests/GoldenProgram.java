package gojc.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One golden program: NAME.go with NAME.out (expected stdout) and, when the real Go toolchain
 * exits non-zero, NAME.exit (the status) and NAME.err (the first stderr line); NAME.in, when
 * present, is the program's standard input.
 */
record GoldenProgram(String name, Path source, String stdout, int exitStatus, String firstStderrLine, Path stdin) {

    static GoldenProgram load(Path source) throws IOException {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - ".go".length());
        Path dir = source.getParent();
        // bytes as Latin-1 chars: Go programs may print invalid UTF-8, and the comparison is bytewise
        String out = Files.readString(dir.resolve(name + ".out"), java.nio.charset.StandardCharsets.ISO_8859_1);
        Path exit = dir.resolve(name + ".exit");
        int status = Files.exists(exit) ? Integer.parseInt(Files.readString(exit).trim()) : 0;
        Path err = dir.resolve(name + ".err");
        String firstErr = Files.exists(err) ? Files.readString(err).strip() : null;
        Path in = dir.resolve(name + ".in");
        return new GoldenProgram(name, source, out, status, firstErr, Files.exists(in) ? in : null);
    }
}
