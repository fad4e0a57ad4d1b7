package gojc.compiler;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a compilation: the diagnostics as gc prints them (empty on success), and the
 * program's classes (internal name → class bytes), of which mainClass holds the JVM entry point.
 */
public record CompileResult(List<String> diagnostics, Map<String, byte[]> classes, String mainClass) {
    public boolean ok() {
        return diagnostics.isEmpty();
    }

    static CompileResult failed(List<String> diagnostics) {
        return new CompileResult(List.copyOf(diagnostics), Map.of(), null);
    }
}
