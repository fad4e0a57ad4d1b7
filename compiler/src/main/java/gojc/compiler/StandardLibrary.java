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
    private final Map<String, List<File>> loaded = new ConcurrentHashMap<>();
    private final ParsedSourceCache cache = ParsedSourceCache.standard();
    private final java.util.concurrent.atomic.AtomicLong parseNanos = new java.util.concurrent.atomic.AtomicLong();

    /** Time spent parsing standard-library sources so far in this process. */
    long parseNanos() {
        return parseNanos.get();
    }

    static StandardLibrary shared() {
        return SHARED;
    }

    @Override
    public List<File> load(String importPath) {
        List<File> files = loaded.get(importPath);
        if (files != null) return files;
        long t0 = System.nanoTime();
        files = read(importPath);
        parseNanos.addAndGet(System.nanoTime() - t0);
        if (files != null) loaded.put(importPath, files);
        return files;
    }

    private List<File> read(String importPath) {
        URL dir = StandardLibrary.class.getClassLoader().getResource(ROOT + importPath + "/");
        if (dir == null || importPath.contains("..")) return null;
        try {
            List<String> names = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (Path p : list(dir)) {
                try (InputStream in = Files.newInputStream(p)) {
                    names.add(importPath + "/" + p.getFileName());
                    contents.add(in.readAllBytes());
                }
            }
            if (names.isEmpty()) return null;
            String key = ParsedSourceCache.key(names, contents);
            List<File> cached = cache.get(key);
            if (cached != null) return cached;
            List<File> files = new ArrayList<>();
            Diagnostics diags = new Diagnostics();
            for (int i = 0; i < names.size(); i++) files.add(Parser.parse(names.get(i), contents.get(i), diags));
            if (diags.hasErrors()) {
                throw new InternalCompilerError("standard library package " + importPath + ": "
                        + String.join("; ", diags.render()), null);
            }
            cache.put(key, files);
            return files;
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
