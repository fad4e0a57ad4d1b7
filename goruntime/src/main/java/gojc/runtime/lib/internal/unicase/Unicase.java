// The plain case mappings package internal/unicase (unicode's SpecialCase) falls back to.
package gojc.runtime.lib.internal.unicase;

import gojc.runtime.lib.unicode.Unicode;

public final class Unicase {
    private Unicase() {}

    public static int toUpper(int r) {
        return Unicode.ToUpper(r);
    }

    public static int toLower(int r) {
        return Unicode.ToLower(r);
    }

    public static int toTitle(int r) {
        return Unicode.ToTitle(r);
    }
}
