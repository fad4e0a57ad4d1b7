// The syntax front end's entry point: Go source bytes to an AST, with gc-style syntax errors.
// Parsing is two-stage: fast SLL prediction with bail-out first, and only for files that fail
// it a full LL parse with error reporting (SLL failures on valid Go are rare).
package gojc.frontend.syntax;

import gojc.frontend.ast.Expr;
import gojc.frontend.ast.File;
import gojc.frontend.diag.Diagnostics;
import gojc.frontend.diag.Pos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

public final class Parser {
    private Parser() {}

    /** Parses one file; never throws for bad input, reporting errors into diags instead. */
    public static File parse(String fileName, byte[] source, Diagnostics diags) {
        String text = new String(source, StandardCharsets.UTF_8);
        PosTable pt = new PosTable(fileName, text);
        try {
            return parse(fileName, text, pt, diags);
        } catch (RuntimeException | StackOverflowError e) {
            diags.error(new Pos(fileName, 1, 1), "syntax error: cannot parse file (" + e.getClass().getSimpleName() + ")");
            return emptyFile(fileName);
        }
    }

    private static File emptyFile(String fileName) {
        Pos p = new Pos(fileName, 1, 1);
        return new File(p, fileName, new Expr.Ident(p, "_"), List.of(), List.of());
    }

    private static File parse(String fileName, String text, PosTable pt, Diagnostics diags) {
        CodePointCharStream chars = CharStreams.fromString(text, fileName);
        GoLexer lexer = new GoLexer(chars);
        lexer.removeErrorListeners();
        SemicolonInserter semis = new SemicolonInserter(lexer);
        CommonTokenStream tokens = new CommonTokenStream(semis);
        tokens.fill();
        for (SemicolonInserter.LexError e : semis.errors()) diags.error(pt.at(e.index(), e.line()), e.message());

        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        GoParser.SourceFileContext tree;
        SyntaxErrors listener = new SyntaxErrors(pt);
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(listener);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parser.sourceFile();
        }
        List<SyntaxError> errors = new ArrayList<>();
        File file;
        try {
            file = new AstBuilder(pt, text, errors).build(tree);
        } catch (RuntimeException e) {
            if (listener.first == null && errors.isEmpty()) throw e;
            file = emptyFile(fileName);
        }
        if (listener.first != null) errors.add(listener.first);
        if (!errors.isEmpty() && semis.errors().isEmpty()) {
            SyntaxError first = errors.get(0);
            for (SyntaxError e : errors) if (e.pos().compareTo(first.pos()) < 0) first = e;
            diags.error(first.pos(), first.message());
        } else if (!errors.isEmpty()) {
            SyntaxError first = errors.get(0);
            for (SyntaxError e : errors) if (e.pos().compareTo(first.pos()) < 0) first = e;
            diags.error(first.pos(), first.message());
        }
        return file;
    }
}
