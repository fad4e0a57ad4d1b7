// Syntax errors match gc's wording and positions (expected texts taken from go 1.19's compiler).
package gojc.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxErrorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        "package main\\n\\nfunc main() {\\n\\tf(1,\\n\\t2\\n}\\n"               | x.go:5:3: syntax error: unexpected newline in argument list; possibly missing comma or )
        "package main\\n\\nfunc main() {\\n\\tx := 1\\n\\t}\\n}\\n"            | x.go:6:1: syntax error: non-declaration statement outside function body
        "package main\\n\\nx := 1\\n"                                          | x.go:3:1: syntax error: non-declaration statement outside function body
        "package main\\n\\nfunc main() {\\n\\tif x == 1\\n\\t{\\n\\t}\\n}\\n"  | x.go:4:11: syntax error: unexpected newline, expecting { after if clause
        "package main\\n\\nfunc main() {\\n\\tfor i := 0; i < 3; i++\\n\\t{\\n\\t}\\n}\\n" | x.go:4:24: syntax error: unexpected newline, expecting { after for clause
        "package main\\n\\nfunc main() {\\n\\tvar x int = \\n}\\n"             | x.go:5:1: syntax error: unexpected }, expecting expression
        "package main\\n\\nfunc main() {\\n\\tif x := 1 {\\n\\t}\\n}\\n"       | x.go:4:7: syntax error: cannot use x := 1 as value
        "package main\\n\\nfunc main() {\\n\\tx = = 1\\n}\\n"                  | x.go:4:6: syntax error: unexpected =, expecting expression
        "package main\\n\\nfunc main() {\\n\\tswitch x {\\n\\tcase 1\\n\\t}\\n}\\n" | x.go:5:8: syntax error: unexpected newline, expecting :
        "package main\\n\\nfunc main() {\\n\\tvar x int\\n\\tx.\\n}\\n"        | x.go:6:1: syntax error: unexpected }, expecting name or (
        "package main\\n\\nfunc main()\\n{\\n}\\n"                             | x.go:4:1: syntax error: unexpected semicolon or newline before {
        "package main\\n\\nfunc main() {\\n\\tif true {\\n\\t} else if {\\n\\t}\\n}\\n" | x.go:5:12: syntax error: missing condition in if statement
        "package main\\n\\nfunc main() {\\n\\ta := 1\\n\\tif a == 1 {\\n\\t}\\n\\telse {\\n\\t}\\n}\\n" | x.go:7:2: syntax error: unexpected else, expecting }
        "package main\\n\\nfunc main() {\\n\\tfor {\\n}\\n"                    | x.go:6:1: syntax error: unexpected EOF, expecting }
        "package main\\n\\nfunc main() {\\n\\tgo func() {}\\n}\\n"             | x.go:4:5: expression in go must be function call
        "package main\\n\\nfunc main() {\\n\\tfor x := range {\\n\\t}\\n}\\n"  | x.go:4:17: syntax error: unexpected {, expecting expression
        "package main\\nvar x = 1\\nimport `fmt`\\n"                       | x.go:3:1: syntax error: non-declaration statement outside function body
        "main\\n"                                                              | x.go:1:1: syntax error: package statement must be first
        "package main\\n\\nfunc main() {\\n\\tvar α = 1 @\\n}\\n"              | x.go:4:13: invalid character U+0040 '@'
        """)
    void matchesGc(String source, String expected) {
        String src = source.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"");
        assertEquals(expected, TestSupport.errors(src).get(0));
    }
}
