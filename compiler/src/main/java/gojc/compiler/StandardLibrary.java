package gojc.compiler;

import gojc.frontend.ast.File;
import gojc.frontend.check.Importer;
import gojc.frontend.diag.Diagnostics;
import gojc.frontend.syntax.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * gojc's standard library as the checker sees it: the Go sources shipped in the runtime jar under
 * gojc/go/IMPORTPATH/, parsed once per process and cached.
 */
final class StandardLibrary implements Importer {
    private static final String ROOT = "gojc/go/";
    private static final StandardLibrary SHARED = new StandardLibrary();
    private final Map<String, List<File>> cache = new ConcurrentHashMap<>();

    static StandardLibrary shared() {
        return SHARED;
    }

    @Override
    public List<File> load(String importPath) {
        List<File> files = cache.get(importPath);
        if (files != null) return files;
        files = read(importPath);
        if (files != null) cache.put(importPath, files);
        return files;
    }

    private List<File> read(String importPath) {
        URL dir = StandardLibrary.class.getClassLoader().getResource(ROOT + importPath + "/");
        if (dir == null || importPath.contains("..")) return null;
        try {
            List<File> files = new ArrayList<>();
            Diagnostics diags = new Diagnostics();
            for (Path p : list(dir)) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.add(Parser.parse(importPath + "/" + p.getFileName(), in.readAllBytes(), diags));
                }
            }
            if (diags.hasErrors()) {
                throw new InternalCompilerError("standard library package " + importPath + ": "
                        + String.join("; ", diags.render()), null);
            }
            return files.isEmpty() ? null : files;
        } catch (IOException | URISyntaxException e) {
            throw new InternalCompilerError("reading standard library package " + importPath + ": " + e, e);
        }
    }

    private static List<Path> list(URL dir) throws IOException, URISyntaxException {
        URI uri = dir.toURI();
        Path path;
        if (uri.getScheme().equals("jar")) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            path = fs.getPath(uri.toString().substring(uri.toString().indexOf("!") + 1));
        } else {
            path = Path.of(uri);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }
}
