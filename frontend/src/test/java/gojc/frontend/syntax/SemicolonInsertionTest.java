// Automatic semicolon insertion, case by case from the spec's rule.
package gojc.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemicolonInsertionTest {
    private static String semis(String src) {
        StringBuilder sb = new StringBuilder();
        for (String t : TestSupport.tokens(src)) {
            sb.append(t.startsWith("SEMI:") ? ";" + t.substring(5) : t.substring(t.indexOf(':') + 1)).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void afterIdentifiersLiteralsAndClosers() {
        assertEquals("x ;newline", semis("x\n"));
        assertEquals("1 ;newline 2.5 ;newline 'a' ;newline \"s\" ;newline `r` ;newline 3i ;newline",
                semis("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n"));
        assertEquals("f ( ) ;newline a [ 0 ] ;newline { } ;newline", semis("f()\na[0]\n{}\n"));
        assertEquals("i ++ ;newline i -- ;newline", semis("i++\ni--\n"));
    }

    @Test
    void afterKeywordsThatEndStatements() {
        assertEquals("break ;newline continue ;newline fallthrough ;newline return ;newline",
                semis("break\ncontinue\nfallthrough\nreturn\n"));
    }

    @Test
    void notAfterOperatorsOrOtherKeywords() {
        assertEquals("x + y ;newline", semis("x +\ny\n"));
        assertEquals("f ( a , b ) ;newline", semis("f(a,\nb)\n"));
        assertEquals("if x {", semis("if x {\n"));
        assertEquals("func", semis("func\n"));
    }

    @Test
    void atEndOfFileAndAcrossComments() {
        assertEquals("x ;EOF", semis("x"));
        assertEquals("x ;newline", semis("x // comment\n"));
        assertEquals("x ;newline y ;EOF", semis("x /* a\nb */ y"));
        assertEquals("x y ;EOF", semis("x /* one line */ y"));
        assertEquals(List.of(), TestSupport.tokens(""));
    }

    @Test
    void explicitSemicolonsStay() {
        assertEquals("a ;; b ;newline", semis("a; b\n"));
    }
}
