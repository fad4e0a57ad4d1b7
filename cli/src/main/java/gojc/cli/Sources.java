// Turns the PATH arguments of build and run into the files of one package main, the way the go
// command reads them: either .go files named on the command line (all in one directory), or one
// directory whose .go files, minus tests and ignored files, form the package. It also chooses the
// output name as `go build` does: the first file's name, or the directory's.
package gojc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The source files of the package to build, and how the go command would name its binary. */
record Sources(List<Path> files, String name, String header) {
    /** The package line go prints above compile errors for files named on the command line. */
    static final String COMMAND_LINE = "command-line-arguments";

    /** Whether a run argument names a source file (as `go run` decides where the program's args begin). */
    static boolean isGoFile(String arg) {
        return arg.endsWith(".go");
    }

    static Sources resolve(Path workDir, List<String> args) {
        if (args.isEmpty()) {
            throw new UserError("no Go files listed", 1);
        }
        if (args.size() == 1 && !isGoFile(args.get(0))) {
            return directory(workDir, args.get(0));
        }
        return files(workDir, args);
    }

    private static Sources files(Path workDir, List<String> args) {
        List<Path> files = new ArrayList<>();
        Path dir = null;
        for (String arg : args) {
            Path p = workDir.resolve(arg);
            if (Files.isDirectory(p) || !isGoFile(arg)) {
                throw new UserError("named files must be .go files: " + arg);
            }
            requireReadableFile(arg, p);
            Path parent = Objects.requireNonNullElse(p.toAbsolutePath().normalize().getParent(), Path.of("/"));
            if (dir != null && !dir.equals(parent)) {
                throw new UserError("named files must all be in one directory; have " + dir + " and " + parent);
            }
            dir = parent;
            files.add(p);
        }
        String first = Path.of(args.get(0)).getFileName().toString();
        return new Sources(List.copyOf(files), first.substring(0, first.length() - ".go".length()), COMMAND_LINE);
    }

    private static Sources directory(Path workDir, String arg) {
        Path dir = workDir.resolve(arg);
        if (!Files.exists(dir)) {
            throw new UserError("stat " + arg + ": no such file or directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError("named files must be .go files: " + arg);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Sources::inPackage).sorted().toList();
        } catch (IOException e) {
            throw new UserError("open " + arg + ": " + Errors.reason(e));
        }
        Path absolute = dir.toAbsolutePath().normalize();
        if (files.isEmpty()) {
            throw new UserError("no Go files in " + absolute);
        }
        for (Path f : files) {
            requireReadableFile(dir.relativize(f).toString(), f);
        }
        Path base = absolute.getFileName();
        String name = base == null ? "main" : base.toString();
        String header = arg.startsWith(".") || arg.startsWith("/") ? arg : "./" + arg;
        return new Sources(files, name, header);
    }

    /** The files go build takes from a directory: .go files, not tests, not ignored (_x, .x). */
    private static boolean inPackage(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".go") && !n.endsWith("_test.go") && !n.startsWith("_") && !n.startsWith(".")
                && Files.isRegularFile(p);
    }

    private static void requireReadableFile(String arg, Path p) {
        if (!Files.exists(p)) {
            throw new UserError("stat " + arg + ": no such file or directory");
        }
        if (!Files.isReadable(p)) {
            throw new UserError("open " + arg + ": permission denied");
        }
    }
}
