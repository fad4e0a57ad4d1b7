// Package unicode's functions bound from goruntime/src/main/go/unicode/unicode.go. Classes and
// case mappings come from the JDK's character database (java.lang.Character), so they follow the
// JDK's Unicode version rather than Go 1.19's 13.0: code points assigned after 13.0 classify as
// letters etc. here where Go says they are unassigned.
package gojc.runtime.lib.unicode;

import gojc.runtime.GoString;
import gojc.runtime.slice.IntSlice;
import gojc.runtime.tuple.T_LL;
import java.util.HashMap;
import java.util.Map;

public final class Unicode {
    private Unicode() {}

    private static final int MAX_RUNE = 0x10FFFF;

    /** Go's two-letter category of a code point ("Lu", "Nd", "Cn" for unassigned). */
    static String category(int r) {
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER -> "Lu";
            case Character.LOWERCASE_LETTER -> "Ll";
            case Character.TITLECASE_LETTER -> "Lt";
            case Character.MODIFIER_LETTER -> "Lm";
            case Character.OTHER_LETTER -> "Lo";
            case Character.NON_SPACING_MARK -> "Mn";
            case Character.COMBINING_SPACING_MARK -> "Mc";
            case Character.ENCLOSING_MARK -> "Me";
            case Character.DECIMAL_DIGIT_NUMBER -> "Nd";
            case Character.LETTER_NUMBER -> "Nl";
            case Character.OTHER_NUMBER -> "No";
            case Character.CONNECTOR_PUNCTUATION -> "Pc";
            case Character.DASH_PUNCTUATION -> "Pd";
            case Character.START_PUNCTUATION -> "Ps";
            case Character.END_PUNCTUATION -> "Pe";
            case Character.INITIAL_QUOTE_PUNCTUATION -> "Pi";
            case Character.FINAL_QUOTE_PUNCTUATION -> "Pf";
            case Character.OTHER_PUNCTUATION -> "Po";
            case Character.MATH_SYMBOL -> "Sm";
            case Character.CURRENCY_SYMBOL -> "Sc";
            case Character.MODIFIER_SYMBOL -> "Sk";
            case Character.OTHER_SYMBOL -> "So";
            case Character.SPACE_SEPARATOR -> "Zs";
            case Character.LINE_SEPARATOR -> "Zl";
            case Character.PARAGRAPH_SEPARATOR -> "Zp";
            case Character.CONTROL -> "Cc";
            case Character.FORMAT -> "Cf";
            case Character.PRIVATE_USE -> "Co";
            case Character.SURROGATE -> "Cs";
            default -> "Cn";
        };
    }

    private static boolean valid(int r) {
        return r >= 0 && r <= MAX_RUNE;
    }

    private static char major(int r) {
        return valid(r) ? category(r).charAt(0) : 'X';
    }

    public static boolean IsLetter(int r) {
        return valid(r) && Character.isLetter(r);
    }

    public static boolean IsDigit(int r) {
        return valid(r) && Character.getType(r) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean IsNumber(int r) {
        return major(r) == 'N';
    }

    /** Unicode's White_Space property: the separators Z plus tab through carriage return and NEL. */
    public static boolean IsSpace(int r) {
        if (r <= 0xFF) {
            return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
        }
        return valid(r) && Character.isSpaceChar(r);
    }

    public static boolean IsUpper(int r) {
        return valid(r) && Character.getType(r) == Character.UPPERCASE_LETTER;
    }

    public static boolean IsLower(int r) {
        return valid(r) && Character.getType(r) == Character.LOWERCASE_LETTER;
    }

    public static boolean IsTitle(int r) {
        return valid(r) && Character.getType(r) == Character.TITLECASE_LETTER;
    }

    public static boolean IsPunct(int r) {
        return major(r) == 'P';
    }

    public static boolean IsControl(int r) {
        return valid(r) && Character.getType(r) == Character.CONTROL;
    }

    public static boolean IsSymbol(int r) {
        return major(r) == 'S';
    }

    public static boolean IsMark(int r) {
        return major(r) == 'M';
    }

    public static boolean IsGraphic(int r) {
        char m = major(r);
        return m == 'L' || m == 'M' || m == 'N' || m == 'P' || m == 'S'
                || (valid(r) && Character.getType(r) == Character.SPACE_SEPARATOR);
    }

    public static boolean IsPrint(int r) {
        char m = major(r);
        return m == 'L' || m == 'M' || m == 'N' || m == 'P' || m == 'S' || r == ' ';
    }

    public static int ToUpper(int r) {
        return valid(r) ? Character.toUpperCase(r) : r;
    }

    public static int ToLower(int r) {
        return valid(r) ? Character.toLowerCase(r) : r;
    }

    public static int ToTitle(int r) {
        return valid(r) ? Character.toTitleCase(r) : r;
    }

    public static int SimpleFold(int r) {
        return Fold.next(r);
    }

    private static final Map<String, T_LL> TABLES = new HashMap<>();

    /** The code point ranges [lo, hi] of a category, major category, script or White_Space. */
    public static synchronized T_LL ranges(GoString name) {
        String n = name.toString();
        T_LL t = TABLES.get(n);
        if (t != null) {
            return t;
        }
        Runs runs = Runs.get();
        Character.UnicodeScript script = null;
        if (n.length() > 2 && !n.equals("White_Space")) {
            script = Character.UnicodeScript.forName(n.toUpperCase(java.util.Locale.ROOT));
        }
        int[] lo = new int[64];
        int[] hi = new int[64];
        int count = 0;
        for (int i = 0; i < runs.count; i++) {
            if (!member(n, script, runs, i)) {
                continue;
            }
            int a = runs.start[i];
            int b = runs.start[i + 1] - 1;
            if (count > 0 && hi[count - 1] + 1 == a) {
                hi[count - 1] = b;
                continue;
            }
            if (count == lo.length) {
                lo = java.util.Arrays.copyOf(lo, count * 2);
                hi = java.util.Arrays.copyOf(hi, count * 2);
            }
            lo[count] = a;
            hi[count] = b;
            count++;
        }
        t = new T_LL(new IntSlice(lo, 0, count, count), new IntSlice(hi, 0, count, count));
        TABLES.put(n, t);
        return t;
    }

    private static boolean member(String n, Character.UnicodeScript script, Runs runs, int i) {
        if (script != null) {
            return runs.script[i] == script;
        }
        int r = runs.start[i];
        if (n.equals("White_Space")) {
            return IsSpace(r);
        }
        String c = category(r);
        return n.length() == 1 ? c.charAt(0) == n.charAt(0) && !c.equals("Cn") : c.equals(n);
    }

    /** All code points as runs of equal category, script and white-space-ness, made once. */
    private static final class Runs {
        private static Runs shared;
        final int[] start;
        final Character.UnicodeScript[] script;
        final int count;

        private Runs(int[] start, Character.UnicodeScript[] script, int count) {
            this.start = start;
            this.script = script;
            this.count = count;
        }

        static Runs get() {
            if (shared == null) {
                int[] start = new int[8192];
                Character.UnicodeScript[] script = new Character.UnicodeScript[8192];
                int count = 0;
                int prevType = -1;
                Character.UnicodeScript prevScript = null;
                boolean prevSpace = false;
                for (int r = 0; r <= MAX_RUNE; r++) {
                    int type = Character.getType(r);
                    Character.UnicodeScript sc = Character.UnicodeScript.of(r);
                    boolean sp = IsSpace(r);
                    if (type != prevType || sc != prevScript || sp != prevSpace) {
                        if (count + 1 >= start.length) {
                            start = java.util.Arrays.copyOf(start, start.length * 2);
                            script = java.util.Arrays.copyOf(script, script.length * 2);
                        }
                        start[count] = r;
                        script[count] = sc;
                        count++;
                        prevType = type;
                        prevScript = sc;
                        prevSpace = sp;
                    }
                }
                start[count] = MAX_RUNE + 1;
                shared = new Runs(start, script, count);
            }
            return shared;
        }
    }
}
