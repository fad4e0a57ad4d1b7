// Every literal form of the Go spec lexes as one token of the right kind, and malformed ones
// produce gc's messages.
package gojc.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LexerLiteralTest {
    private static void lexesAs(String kind, String... texts) {
        for (String t : texts) {
            assertEquals(kind + ":" + t, TestSupport.tokens(t).get(0), t);
            assertEquals(2, TestSupport.tokens(t).size(), t);
        }
    }

    @Test
    void integers() {
        lexesAs("INT_LIT", "42", "4_2", "0600", "0_600", "0o600", "0O600", "0xBadFace", "0xBad_Face",
                "0x_67_7a_2f_cc_40_c6", "170141183460469231731687303715884105727", "0b1011", "0B_1_0", "0");
    }

    @Test
    void floats() {
        lexesAs("FLOAT_LIT", "0.", "72.40", "072.40", "2.71828", "1.e+0", "6.67428e-11", "1E6", ".25",
                ".12345E+5", "1_5.", "0.15e+0_2", "0x1p-2", "0x2.p10", "0x1.Fp+0", "0X.8p-0", "0X_1FFFP-16", "089.5");
    }

    @Test
    void imaginaries() {
        lexesAs("IMAGINARY_LIT", "0i", "0123i", "0o123i", "0xabci", "0.i", "2.71828i", "1.e+0i",
                "6.67428e-11i", "1E6i", ".25i", ".12345E+5i", "0x1p-2i");
    }

    @Test
    void runesAndStrings() {
        lexesAs("RUNE_LIT", "'a'", "'ä'", "'本'", "'\\t'", "'\\000'", "'\\007'", "'\\x07'", "'\\xff'",
                "'\\u12e4'", "'\\U00101234'", "'\\''");
        lexesAs("STRING_LIT", "\"abc\"", "\"\\n\"", "\"\\\"\"", "\"Hello, world!\\n\"", "\"日本語\"",
                "\"\\u65e5本\\U00008a9e\"", "\"\\xff\\u00FF\"", "\"\"");
        lexesAs("RAW_STRING_LIT", "`abc`", "`\\n\n\\n`", "``");
    }

    @Test
    void hexEPlusIsTwoTokens() {
        assertEquals("INT_LIT:0xe", TestSupport.tokens("0xe+1").get(0));
    }

    @Test
    void malformedLiterals() {
        assertEquals("x.go:1:20: more than one character in rune literal",
                TestSupport.errors("package p; var x = 'ab'").get(0));
        assertEquals("x.go:1:22: hexadecimal literal has no digits", TestSupport.errors("package p; var x = 0x").get(0));
        assertEquals("x.go:1:20: string not terminated", TestSupport.errors("package p; var x = `abc").get(0));
        assertEquals("x.go:1:24: newline in string", TestSupport.errors("package p; var x = \"abc\n").get(0));
        assertEquals("x.go:1:22: invalid character U+0040 '@'", TestSupport.errors("package p; var x = 1 @").get(0));
    }
}
