package gojc.frontend.constant;

import java.math.BigDecimal;
import java.math.MathContext;

/** Constant values spelled as gc spells them in error messages. */
final class Format {
    private Format() {}

    static String quote(byte[] b) {
        StringBuilder sb = new StringBuilder("\"");
        String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) sb.append(String.format("\\x%02x", cp));
                    else sb.appendCodePoint(cp);
                }
            }
        }
        return sb.append('"').toString();
    }

    static String rat(Value.Rat r) {
        BigDecimal d = new BigDecimal(r.num()).divide(new BigDecimal(r.den()), new MathContext(6));
        String s = d.stripTrailingZeros().toString();
        return s.replace("E+", "e+").replace("E-", "e-");
    }
}
