// Helpers shared by the syntax tests: lexing through semicolon insertion, and parsing strings.
package gojc.frontend.syntax;

import gojc.frontend.ast.File;
import gojc.frontend.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

final class TestSupport {
    private TestSupport() {}

    /** Tokens as "TYPE:text", semicolons included, EOF excluded. */
    static List<String> tokens(String src) {
        SemicolonInserter s = new SemicolonInserter(new GoLexer(CharStreams.fromString(src)));
        List<String> out = new ArrayList<>();
        for (Token t = s.nextToken(); t.getType() != Token.EOF; t = s.nextToken()) {
            out.add(GoLexer.VOCABULARY.getSymbolicName(t.getType()) + ":" + t.getText());
        }
        return out;
    }

    static File parse(String src, Diagnostics d) {
        return Parser.parse("x.go", src.getBytes(StandardCharsets.UTF_8), d);
    }

    static File parseOk(String src) {
        Diagnostics d = new Diagnostics();
        File f = parse(src, d);
        if (d.hasErrors()) throw new AssertionError(String.join("\n", d.render()));
        return f;
    }

    static List<String> errors(String src) {
        Diagnostics d = new Diagnostics();
        parse(src, d);
        return d.render();
    }
}
