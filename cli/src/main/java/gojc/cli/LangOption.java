// The -lang=go1.N option shared by build and run. The language version is a compiler setting from
// the start so that later versions' changes can come in behind it; today only go1.19 exists.
package gojc.cli;

import gojc.compiler.CompileRequest;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Mixin for {@code -lang=go1.N} (also {@code --lang}). */
final class LangOption {
    static final Set<String> SUPPORTED = Set.of(CompileRequest.DEFAULT_LANG);

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    String lang = CompileRequest.DEFAULT_LANG;

    @Option(names = {"-lang", "--lang"}, paramLabel = "go1.N",
            description = "Go language version to accept (default: ${DEFAULT-VALUE}; supported: go1.19).",
            defaultValue = CompileRequest.DEFAULT_LANG)
    void setLang(String value) {
        if (!SUPPORTED.contains(value)) {
            String why = value.matches("go1\\.\\d+") ? "unsupported language version" : "invalid language version";
            throw new ParameterException(spec.commandLine(),
                    why + " \"" + value + "\" for -lang (supported: " + CompileRequest.DEFAULT_LANG + ")");
        }
        lang = value;
    }
}
