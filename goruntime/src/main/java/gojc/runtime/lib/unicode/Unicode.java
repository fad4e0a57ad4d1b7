// Package unicode's functions bound from goruntime/src/main/go/unicode. Every answer comes from
// the generated Unicode 13.0.0 tables (UnicodeData, decoded by Tables), never from the JDK's
// java.lang.Character, whose Unicode edition is newer and depends on the JDK running the program.
// Each table decodes when a predicate first needs it (one holder class a table, so a decoded
// table is a plain static field afterwards); Latin-1 answers come from one 256-entry flag table.
package gojc.runtime.lib.unicode;

import gojc.runtime.GoString;
import gojc.runtime.slice.IntSlice;

public final class Unicode {
    private Unicode() {}

    private static final int MAX_RUNE = 0x10FFFF;

    private static final class L { static final int[] T = Tables.get("L"); }
    private static final class Lu { static final int[] T = Tables.get("Lu"); }
    private static final class Ll { static final int[] T = Tables.get("Ll"); }
    private static final class Lt { static final int[] T = Tables.get("Lt"); }
    private static final class M { static final int[] T = Tables.get("M"); }
    private static final class N { static final int[] T = Tables.get("N"); }
    private static final class Nd { static final int[] T = Tables.get("Nd"); }
    private static final class P { static final int[] T = Tables.get("P"); }
    private static final class S { static final int[] T = Tables.get("S"); }
    private static final class Zs { static final int[] T = Tables.get("Zs"); }
    private static final class WhiteSpace { static final int[] T = Tables.get("White_Space"); }

    // Latin-1 flags, as Go's properties table: control, punct, symbol, number, space, upper,
    // lower, printable, graphic, letter, mark.
    private static final int C = 1, PUNCT = 2, SYM = 4, NUM = 8, SPACE = 16, UP = 32, LOW = 64,
            PRINT = 128, GRAPHIC = 256, LETTER = 512, DIGIT = 1024, TITLE = 2048, MARK = 4096;

    private static final class Latin {
        static final short[] FLAGS = flags();

        private static short[] flags() {
            short[] f = new short[256];
            int[] cc = Tables.get("Cc");
            for (int r = 0; r < 256; r++) {
                int x = 0;
                x |= Tables.is(cc, r) ? C : 0;
                x |= Tables.is(P.T, r) ? PUNCT : 0;
                x |= Tables.is(S.T, r) ? SYM : 0;
                x |= Tables.is(N.T, r) ? NUM : 0;
                x |= Tables.is(WhiteSpace.T, r) ? SPACE : 0;
                x |= Tables.is(Lu.T, r) ? UP : 0;
                x |= Tables.is(Ll.T, r) ? LOW : 0;
                x |= Tables.is(Lt.T, r) ? TITLE : 0;
                x |= Tables.is(L.T, r) ? LETTER : 0;
                x |= Tables.is(M.T, r) ? MARK : 0;
                x |= Tables.is(Nd.T, r) ? DIGIT : 0;
                boolean p = (x & (LETTER | MARK | NUM | PUNCT | SYM)) != 0;
                x |= p || r == ' ' ? PRINT : 0;
                x |= p || Tables.is(Zs.T, r) ? GRAPHIC : 0;
                f[r] = (short) x;
            }
            return f;
        }
    }

    private static boolean latin(int r, int flag) {
        return (Latin.FLAGS[r] & flag) != 0;
    }

    /** Whether r lies above Latin-1 and within the code space. */
    private static boolean high(int r) {
        return r > 0xFF && r <= MAX_RUNE;
    }

    public static boolean IsLetter(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, LETTER) : high(r) && Tables.is(L.T, r);
    }

    public static boolean IsDigit(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, DIGIT) : high(r) && Tables.is(Nd.T, r);
    }

    public static boolean IsNumber(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, NUM) : high(r) && Tables.is(N.T, r);
    }

    public static boolean IsSpace(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, SPACE) : high(r) && Tables.is(WhiteSpace.T, r);
    }

    public static boolean IsUpper(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, UP) : high(r) && Tables.is(Lu.T, r);
    }

    public static boolean IsLower(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, LOW) : high(r) && Tables.is(Ll.T, r);
    }

    public static boolean IsTitle(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, TITLE) : high(r) && Tables.is(Lt.T, r);
    }

    public static boolean IsPunct(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, PUNCT) : high(r) && Tables.is(P.T, r);
    }

    /** Go counts only Latin-1 control characters. */
    public static boolean IsControl(int r) {
        return r >= 0 && r <= 0xFF && latin(r, C);
    }

    public static boolean IsSymbol(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, SYM) : high(r) && Tables.is(S.T, r);
    }

    public static boolean IsMark(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, MARK) : high(r) && Tables.is(M.T, r);
    }

    public static boolean IsGraphic(int r) {
        if (r >= 0 && r <= 0xFF) {
            return latin(r, GRAPHIC);
        }
        return high(r) && (printable(r) || Tables.is(Zs.T, r));
    }

    public static boolean IsPrint(int r) {
        return r >= 0 && r <= 0xFF ? latin(r, PRINT) : high(r) && printable(r);
    }

    private static boolean printable(int r) {
        return Tables.is(L.T, r) || Tables.is(M.T, r) || Tables.is(N.T, r) || Tables.is(P.T, r)
                || Tables.is(S.T, r);
    }

    private static final int UPPER_CASE = 0, LOWER_CASE = 1, TITLE_CASE = 2;

    /** Maps r through CaseRanges as Go's unicode.to does. */
    private static int to(int c, int r) {
        int[] t = Tables.Cases.RANGES;
        int lo = 0;
        int hi = t.length / 5;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            int base = 5 * m;
            if (r < t[base]) {
                hi = m;
            } else if (r > t[base + 1]) {
                lo = m + 1;
            } else {
                int delta = t[base + 2 + c];
                if (delta > MAX_RUNE) {
                    // Alternating upper/lower pairs from Lo: even offsets are upper case.
                    return t[base] + (((r - t[base]) & ~1) | (c & 1));
                }
                return r + delta;
            }
        }
        return r;
    }

    public static int ToUpper(int r) {
        if (r >= 0 && r < 0x80) {
            return r >= 'a' && r <= 'z' ? r - 32 : r;
        }
        return to(UPPER_CASE, r);
    }

    public static int ToLower(int r) {
        if (r >= 0 && r < 0x80) {
            return r >= 'A' && r <= 'Z' ? r + 32 : r;
        }
        return to(LOWER_CASE, r);
    }

    public static int ToTitle(int r) {
        if (r >= 0 && r < 0x80) {
            return r >= 'a' && r <= 'z' ? r - 32 : r;
        }
        return to(TITLE_CASE, r);
    }

    /** The next code point of r's simple case-folding orbit, as Go's unicode.SimpleFold. */
    public static int SimpleFold(int r) {
        if (r < 0 || r > MAX_RUNE) {
            return r;
        }
        int[] p = Tables.Orbits.PAIRS;
        int lo = 0;
        int hi = p.length / 2;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (p[2 * m] < r) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        if (lo < p.length / 2 && p[2 * lo] == r) {
            return p[2 * lo + 1];
        }
        int l = ToLower(r);
        return l != r ? l : ToUpper(r);
    }

    /** The range table of that name as {n16, latinOffset, lo, hi, stride, ...}. */
    public static IntSlice ranges(GoString name) {
        int[] t = Tables.fresh(name.toString());
        return new IntSlice(t, 0, t.length, t.length);
    }

    /** CaseRanges as {lo, hi, dUpper, dLower, dTitle, ...}. */
    public static IntSlice caseRanges() {
        int[] copy = Tables.Cases.RANGES.clone();
        return new IntSlice(copy, 0, copy.length, copy.length);
    }
}
