// UTF-8 decoding and encoding with Go's exact rules (unicode/utf8): a sequence that is invalid,
// overlong, a surrogate, above U+10FFFF or truncated decodes as U+FFFD of width 1, and an
// unencodable rune encodes as U+FFFD.
package gojc.runtime;

public final class Utf8 {
    public static final int RUNE_ERROR = 0xFFFD;

    private Utf8() {}

    /** Decodes at b[i] (end exclusive): rune in the low 32 bits, width in the high 32. */
    public static long decode(byte[] b, int i, int end) {
        if (i >= end) {
            return pack(RUNE_ERROR, 0);
        }
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (i + need >= end) {
            return pack(RUNE_ERROR, 1);
        }
        int b1 = b[i + 1] & 0xFF;
        if (b1 < lo || b1 > hi) {
            return pack(RUNE_ERROR, 1);
        }
        if (need == 1) {
            return pack((b0 & 0x1F) << 6 | (b1 & 0x3F), 2);
        }
        int b2 = b[i + 2] & 0xFF;
        if (b2 < 0x80 || b2 > 0xBF) {
            return pack(RUNE_ERROR, 1);
        }
        if (need == 2) {
            return pack((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3);
        }
        int b3 = b[i + 3] & 0xFF;
        if (b3 < 0x80 || b3 > 0xBF) {
            return pack(RUNE_ERROR, 1);
        }
        return pack((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4);
    }

    private static long pack(int rune, int width) {
        return ((long) width << 32) | (rune & 0xFFFFFFFFL);
    }

    /** Number of bytes rune r takes in UTF-8 (invalid runes take 3, as U+FFFD). */
    public static int runeLen(int r) {
        if (r >= 0 && r < 0x80) {
            return 1;
        } else if (r >= 0 && r < 0x800) {
            return 2;
        } else if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            return 3;
        } else if (r < 0x10000) {
            return 3;
        }
        return 4;
    }

    /** Writes r's encoding at b[p]; returns the number of bytes written. */
    public static int encode(int r, byte[] b, int p) {
        if (r >= 0 && r < 0x80) {
            b[p] = (byte) r;
            return 1;
        }
        if (r >= 0 && r < 0x800) {
            b[p] = (byte) (0xC0 | r >> 6);
            b[p + 1] = (byte) (0x80 | r & 0x3F);
            return 2;
        }
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = RUNE_ERROR;
        }
        if (r < 0x10000) {
            b[p] = (byte) (0xE0 | r >> 12);
            b[p + 1] = (byte) (0x80 | (r >> 6) & 0x3F);
            b[p + 2] = (byte) (0x80 | r & 0x3F);
            return 3;
        }
        b[p] = (byte) (0xF0 | r >> 18);
        b[p + 1] = (byte) (0x80 | (r >> 12) & 0x3F);
        b[p + 2] = (byte) (0x80 | (r >> 6) & 0x3F);
        b[p + 3] = (byte) (0x80 | r & 0x3F);
        return 4;
    }
}
