package gojc.compiler;

import java.util.List;

/** The -lang setting: the Go language version a program is compiled as. Only go1.19 so far. */
final class LanguageVersion {
    static final List<String> SUPPORTED = List.of("go1.19");

    private LanguageVersion() {}

    /** Problems with the requested version, as messages; empty when it is supported. */
    static List<String> check(String lang) {
        if (SUPPORTED.contains(lang)) return List.of();
        if (!lang.matches("go1\\.\\d+")) return List.of("invalid value \"" + lang + "\" for flag -lang: want go1.N");
        return List.of("gojc: language version " + lang + " is not supported yet (supported: "
                + String.join(", ", SUPPORTED) + ")");
    }
}
