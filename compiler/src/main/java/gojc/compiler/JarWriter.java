// This file writes the runnable jar `gojc build` produces: the program's classes, the runtime's
// classes, and a manifest that makes `java -jar out.jar` behave like the Go binary.
//
// The runtime is found where the JVM loaded it from (a jar or a classes directory), through the
// code source of one of its classes, so the same code works from a Maven reactor, from an
// installed distribution and from tests. The Go sources of the standard library that ship with
// the runtime (resources under gojc/go/) serve the compiler only and stay out.
//
// The output is deterministic: entries sorted by name, one fixed timestamp, no directory entries,
// so building the same program twice gives the same bytes. Entries are stored, not deflated: the
// JVM then reads each class without inflating it, which shortens every run's start-up (the jar
// is about twice as large).
package gojc.compiler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Writes a self-contained runnable jar: the program's classes, the runtime classes, and a manifest
 * with Main-Class and {@code Add-Opens: java.base/java.lang java.base/java.lang.invoke} (the
 * carrier-pool scheduler needs the first, gojc.runtime.sched.Osr the second).
 */
public final class JarWriter {
    /** A class of the runtime module, named by string so this module compiles without it. */
    static final String RUNTIME_ANCHOR = "gojc.runtime.GoString";

    private static final LocalDateTime TIMESTAMP = LocalDateTime.of(1980, 2, 1, 0, 0);
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private JarWriter() {}

    public static void write(Path out, CompileResult result) throws IOException {
        write(out, result, runtimeLocation());
    }

    /** Writes the jar taking the runtime from {@code runtime}, a jar file or a classes directory. */
    public static void write(Path out, CompileResult result, Path runtime) throws IOException {
        if (result.mainClass() == null) {
            throw new IllegalArgumentException("no main class in a failed compilation");
        }
        SortedMap<String, byte[]> entries = new TreeMap<>();
        readRuntime(runtime, entries);
        for (Map.Entry<String, byte[]> c : result.classes().entrySet()) {
            entries.put(c.getKey().replace('.', '/') + ".class", c.getValue());
        }
        try (OutputStream file = Files.newOutputStream(out);
                JarOutputStream jar = new JarOutputStream(file)) {
            put(jar, MANIFEST, manifest(result.mainClass().replace('/', '.')));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(jar, e.getKey(), e.getValue());
            }
        }
    }

    static byte[] manifest(String mainClass) {
        String text = "Manifest-Version: 1.0\r\n"
                + "Created-By: gojc\r\n"
                + "Main-Class: " + mainClass + "\r\n"
                + "Add-Opens: java.base/java.lang java.base/java.lang.invoke\r\n"
                + "\r\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(TIMESTAMP);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        jar.putNextEntry(entry);
        jar.write(bytes);
        jar.closeEntry();
    }

    /** Whether a runtime entry belongs in a program's jar. */
    static boolean shipped(String name) {
        return !name.endsWith("/")
                && !name.startsWith("gojc/go/")
                && !name.equals("module-info.class")
                && !name.startsWith("META-INF/");
    }

    private static void readRuntime(Path runtime, Map<String, byte[]> into) throws IOException {
        if (Files.isDirectory(runtime)) {
            try (Stream<Path> files = Files.walk(runtime)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    String name = runtime.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                    if (shipped(name)) {
                        into.put(name, Files.readAllBytes(p));
                    }
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(runtime.toFile())) {
            try {
                jar.stream().filter(e -> shipped(e.getName())).forEach(e -> {
                    try (var in = jar.getInputStream(e)) {
                        into.put(e.getName(), in.readAllBytes());
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                });
            } catch (UncheckedIOException x) {
                throw x.getCause();
            }
        }
    }

    /** Where the runtime's classes were loaded from: a jar or a classes directory. */
    public static Path runtimeLocation() {
        try {
            Class<?> anchor = Class.forName(RUNTIME_ANCHOR, false, JarWriter.class.getClassLoader());
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new InternalCompilerError("cannot locate the runtime classes (" + RUNTIME_ANCHOR + ")", null);
            }
            return Path.of(source.getLocation().toURI());
        } catch (ClassNotFoundException e) {
            throw new InternalCompilerError("the runtime (" + RUNTIME_ANCHOR + ") is not on the class path", e);
        } catch (URISyntaxException e) {
            throw new InternalCompilerError("cannot locate the runtime classes: " + e.getMessage(), e);
        }
    }
}
