// `gojc version`: like `go version`, the tool's version, the Go version it implements, and the
// platform in Go's GOOS/GOARCH spelling.
package gojc.cli;

import gojc.compiler.CompileRequest;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "version", mixinStandardHelpOptions = true, description = "Print gojc's version.")
final class VersionCommand implements Callable<Integer> {
    static final String VERSION = "0.1.0";

    @ParentCommand GojcCommand gojc;

    @Override
    public Integer call() {
        gojc.session.out().println(line());
        return 0;
    }

    static String line() {
        return "gojc version " + VERSION + " (" + CompileRequest.DEFAULT_LANG + ") " + goos() + "/" + goarch();
    }

    static String goos() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) return "linux";
        if (os.startsWith("mac") || os.startsWith("darwin")) return "darwin";
        if (os.startsWith("windows")) return "windows";
        if (os.startsWith("freebsd")) return "freebsd";
        return os.replace(' ', '_');
    }

    static String goarch() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            case "ppc64le" -> "ppc64le";
            case "s390x" -> "s390x";
            case "riscv64" -> "riscv64";
            default -> arch;
        };
    }
}
