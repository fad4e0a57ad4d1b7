// The plain case mappings package internal/unicode (unicode's SpecialCase) falls back to.
package gojc.runtime.lib.internal.unicode;

public final class Unicode {
    private Unicode() {}

    public static int toUpper(int r) {
        return gojc.runtime.lib.unicode.Unicode.ToUpper(r);
    }

    public static int toLower(int r) {
        return gojc.runtime.lib.unicode.Unicode.ToLower(r);
    }

    public static int toTitle(int r) {
        return gojc.runtime.lib.unicode.Unicode.ToTitle(r);
    }
}
