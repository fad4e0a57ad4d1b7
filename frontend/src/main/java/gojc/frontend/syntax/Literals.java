// Validates literal spellings the lexer accepts loosely (rune and string escapes) and unquotes
// import paths, reporting gc's messages for malformed literals.
package gojc.frontend.syntax;

import gojc.frontend.ast.Expr;

final class Literals {
    private Literals() {}

    /** gc's error for a malformed literal, or null. */
    static String check(Expr.BasicLit lit) {
        String t = lit.text();
        return switch (lit.kind()) {
            case CHAR -> checkRune(t);
            case STRING -> t.startsWith("\"") ? checkEscapes(t, 1, t.length() - 1, '"') : null;
            default -> null;
        };
    }

    private static String checkRune(String t) {
        int end = t.length() - 1;
        if (end <= 1) return "empty rune literal or unescaped ' in rune literal";
        int n = 0;
        for (int i = 1; i < end; ) {
            if (t.charAt(i) == '\\') {
                int len = escapeLength(t, i, '\'');
                if (len < 0) return "unknown escape sequence";
                i += len;
            } else {
                i += Character.charCount(t.codePointAt(i));
            }
            n++;
        }
        return n == 1 ? null : "more than one character in rune literal";
    }

    private static String checkEscapes(String t, int from, int to, char quote) {
        for (int i = from; i < to; ) {
            if (t.charAt(i) == '\\') {
                int len = escapeLength(t, i, quote);
                if (len < 0) return "unknown escape sequence";
                i += len;
            } else {
                i++;
            }
        }
        return null;
    }

    /** Length of the escape sequence starting at i (a backslash), or -1 if invalid. */
    private static int escapeLength(String t, int i, char quote) {
        if (i + 1 >= t.length()) return -1;
        char c = t.charAt(i + 1);
        int digits;
        int radix = 16;
        switch (c) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> { return 2; }
            case 'x' -> digits = 2;
            case 'u' -> digits = 4;
            case 'U' -> digits = 8;
            case '0', '1', '2', '3', '4', '5', '6', '7' -> { digits = 3; radix = 8; }
            default -> { return c == quote ? 2 : -1; }
        }
        int start = radix == 8 ? i + 1 : i + 2;
        if (start + digits > t.length()) return -1;
        for (int k = start; k < start + digits; k++) if (Character.digit(t.charAt(k), radix) < 0) return -1;
        return start + digits - i;
    }

    /** The value of a string literal (raw or interpreted), decoding escapes as UTF-8 text. */
    static String unquote(String t) {
        if (t.length() < 2) return "";
        if (t.charAt(0) == '`') return t.substring(1, t.length() - 1).replace("\r", "");
        String body = t.substring(1, t.length() - 1);
        if (body.indexOf('\\') < 0) return body;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < body.length(); ) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                int cp = body.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            char e = body.charAt(i + 1);
            switch (e) {
                case 'a' -> { out.write(7); i += 2; }
                case 'b' -> { out.write(8); i += 2; }
                case 'f' -> { out.write(12); i += 2; }
                case 'n' -> { out.write(10); i += 2; }
                case 'r' -> { out.write(13); i += 2; }
                case 't' -> { out.write(9); i += 2; }
                case 'v' -> { out.write(11); i += 2; }
                case 'x' -> { out.write(Integer.parseInt(body.substring(i + 2, i + 4), 16)); i += 4; }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    int cp = Integer.parseInt(body.substring(i + 2, i + 2 + n), 16);
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    i += 2 + n;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        out.write(Integer.parseInt(body.substring(i + 1, i + 4), 8));
                        i += 4;
                    } else {
                        out.write(e);
                        i += 2;
                    }
                }
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
