package gojc.compiler;

import gojc.frontend.ast.File;
import gojc.frontend.diag.Diagnostics;
import gojc.frontend.diag.Pos;
import gojc.frontend.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and parses the user's sources: .go files named on the command line, or every non-test .go
 * file of one directory. File names in diagnostics are spelled as go spells them (./x.go for a
 * file in the current directory).
 */
final class SourceFiles {
    private SourceFiles() {}

    static List<File> parse(List<Path> paths, Diagnostics diags) {
        List<File> files = new ArrayList<>();
        for (Path path : expand(paths, diags)) {
            try {
                byte[] src = Files.readAllBytes(path);
                files.add(Parser.parse(displayName(path), src, diags));
            } catch (IOException e) {
                diags.error(Pos.NONE, "open " + path + ": " + reason(e));
            }
        }
        if (files.isEmpty() && !diags.hasErrors()) diags.error(Pos.NONE, "no Go files to compile");
        return files;
    }

    private static List<Path> expand(List<Path> paths, Diagnostics diags) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> goFiles = s.filter(SourceFiles::isPackageSource).sorted().toList();
                    if (goFiles.isEmpty()) diags.error(Pos.NONE, "no Go files in " + p.toAbsolutePath().normalize());
                    out.addAll(goFiles);
                } catch (IOException e) {
                    diags.error(Pos.NONE, "open " + p + ": " + reason(e));
                }
            } else if (!Files.exists(p)) {
                diags.error(Pos.NONE, "stat " + p + ": no such file or directory");
            } else if (!p.toString().endsWith(".go")) {
                diags.error(Pos.NONE, "named files must be .go files: " + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isPackageSource(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".go") && !n.endsWith("_test.go") && !n.startsWith(".") && !n.startsWith("_")
                && Files.isRegularFile(p);
    }

    static String displayName(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        if (abs.startsWith(cwd)) {
            Path rel = cwd.relativize(abs);
            return rel.getNameCount() == 1 ? "./" + rel : rel.toString();
        }
        return abs.toString();
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
