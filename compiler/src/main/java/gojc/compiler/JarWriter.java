package gojc.compiler;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a self-contained runnable jar: the program's classes, the runtime classes, and a manifest
 * with Main-Class and {@code Add-Opens: java.base/java.lang} (the carrier-pool scheduler needs it).
 */
public final class JarWriter {
    private JarWriter() {}

    public static void write(Path out, CompileResult result) throws IOException {
        throw new IOException("not yet implemented");
    }
}
