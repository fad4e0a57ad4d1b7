// Tests the jar layout gojc build writes: runtime classes in, Go library sources out, a manifest
// that runs the program, and byte-identical output for identical input.
package gojc.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarWriterTest {
    @TempDir Path dir;

    private Path fakeRuntime() throws IOException {
        Path root = dir.resolve("runtime");
        write(root.resolve("gojc/runtime/GoString.class"), "string");
        write(root.resolve("gojc/runtime/Go.class"), "go");
        write(root.resolve("gojc/runtime/messages.properties"), "k=v");
        write(root.resolve("gojc/go/fmt/print.go"), "package fmt");
        write(root.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\r\n\r\n");
        write(root.resolve("module-info.class"), "module");
        return root;
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static CompileResult program() {
        return new CompileResult(List.of(), Map.of("main/$Package", new byte[] {1, 2, 3}), "main/$Package");
    }

    @Test
    void holdsProgramAndRuntimeButNotGoSources() throws IOException {
        Path out = dir.resolve("hello.jar");
        JarWriter.write(out, program(), fakeRuntime());
        try (JarFile jar = new JarFile(out.toFile())) {
            assertNotNull(jar.getEntry("main/$Package.class"));
            assertNotNull(jar.getEntry("gojc/runtime/GoString.class"));
            assertNotNull(jar.getEntry("gojc/runtime/messages.properties"));
            assertNull(jar.getEntry("gojc/go/fmt/print.go"));
            assertNull(jar.getEntry("module-info.class"));
            List<String> names = new ArrayList<>();
            jar.stream().forEach(e -> names.add(e.getName()));
            assertEquals("META-INF/MANIFEST.MF", names.get(0));
            List<String> rest = names.subList(1, names.size());
            List<String> sorted = new ArrayList<>(rest);
            Collections.sort(sorted);
            assertEquals(sorted, rest);
        }
    }

    @Test
    void manifestRunsTheProgram() throws IOException {
        Path out = dir.resolve("hello.jar");
        JarWriter.write(out, program(), fakeRuntime());
        try (JarFile jar = new JarFile(out.toFile())) {
            Manifest m = jar.getManifest();
            assertEquals("main.$Package", m.getMainAttributes().getValue("Main-Class"));
            assertEquals("java.base/java.lang java.base/java.lang.invoke", m.getMainAttributes().getValue("Add-Opens"));
            assertEquals("gojc", m.getMainAttributes().getValue("Created-By"));
        }
    }

    @Test
    void sameInputSameBytes() throws IOException {
        Path runtime = fakeRuntime();
        Path a = dir.resolve("a.jar");
        Path b = dir.resolve("b.jar");
        JarWriter.write(a, program(), runtime);
        JarWriter.write(b, program(), runtime);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void readsTheRuntimeFromAJarToo() throws IOException {
        Path first = dir.resolve("first.jar");
        JarWriter.write(first, program(), fakeRuntime());
        Path out = dir.resolve("second.jar");
        JarWriter.write(out, new CompileResult(List.of(), Map.of("main/X", new byte[] {9}), "main.X"), first);
        try (JarFile jar = new JarFile(out.toFile())) {
            assertNotNull(jar.getEntry("gojc/runtime/Go.class"));
            assertNotNull(jar.getEntry("main/X.class"));
            assertEquals("main.X", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }
}
