// Converts ANTLR token offsets (code point indexes) to gc positions: 1-based line and 1-based
// byte column, since gc counts columns in UTF-8 bytes and the source may hold non-ASCII text.
package gojc.frontend.syntax;

import gojc.frontend.diag.Pos;
import org.antlr.v4.runtime.Token;

final class PosTable {
    private final String file;
    /** Byte offset of each code point, or null when the source is pure ASCII. */
    private final int[] byteOffset;
    /** Code point index of the start of each line (0-based line number). */
    private final int[] lineStart;
    private final int length;

    PosTable(String file, String text) {
        this.file = file;
        int n = text.codePointCount(0, text.length());
        this.length = n;
        boolean ascii = n == text.length();
        int[] offs = null;
        if (!ascii) {
            offs = new int[n + 1];
            int b = 0, i = 0;
            for (int ci = 0; ci < text.length(); ) {
                int cp = text.codePointAt(ci);
                offs[i++] = b;
                b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                ci += Character.charCount(cp);
            }
            offs[n] = b;
        }
        this.byteOffset = offs;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        int[] ls = new int[lines];
        int l = 1, cpIndex = 0;
        for (int ci = 0; ci < text.length(); ) {
            int cp = text.codePointAt(ci);
            ci += Character.charCount(cp);
            cpIndex++;
            if (cp == '\n') ls[l++] = cpIndex;
        }
        this.lineStart = ls;
    }

    String file() {
        return file;
    }

    private int bytes(int index) {
        if (index > length) index = length;
        return byteOffset == null ? index : byteOffset[index];
    }

    /** The position of the code point at index on the given 1-based line. */
    Pos at(int index, int line) {
        if (line < 1 || line > lineStart.length) return new Pos(file, Math.max(line, 1), 1);
        return new Pos(file, line, bytes(index) - bytes(lineStart[line - 1]) + 1);
    }

    /** The position of the code point at index, finding its line. */
    Pos at(int index) {
        int lo = 0, hi = lineStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStart[mid] <= index) lo = mid; else hi = mid - 1;
        }
        return at(index, lo + 1);
    }

    Pos at(Token t) {
        if (t.getType() == Token.EOF || t.getStartIndex() < 0) return at(Math.max(0, Math.min(t.getStartIndex() < 0 ? length : t.getStartIndex(), length)));
        return at(t.getStartIndex(), t.getLine());
    }
}
