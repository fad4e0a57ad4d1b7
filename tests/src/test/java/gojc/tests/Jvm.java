package gojc.tests;

import java.nio.file.Path;

/** The java launcher of the JVM running the tests (a JDK 21+), for running built jars. */
final class Jvm {
    private Jvm() {}

    static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
