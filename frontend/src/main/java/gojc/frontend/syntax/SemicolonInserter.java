// Automatic semicolon insertion as the Go spec defines it: a newline (or a comment spanning lines,
// or the end of the file) after an identifier, a literal, one of the keywords break, continue,
// fallthrough, return, or one of ++ -- ) ] } becomes a semicolon. Lexically broken tokens are
// recorded as errors here and replaced by a harmless stand-in so the parser can go on.
package gojc.frontend.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

final class SemicolonInserter implements TokenSource {
    /** A lexical error: code point index into the source and gc's message. */
    record LexError(int index, int line, String message) {}

    private final GoLexer lexer;
    private final List<LexError> errors = new ArrayList<>();
    private boolean semiAllowed;
    private Token pending;

    SemicolonInserter(GoLexer lexer) {
        this.lexer = lexer;
    }

    List<LexError> errors() {
        return errors;
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        while (true) {
            Token t = lexer.nextToken();
            switch (t.getType()) {
                case GoLexer.NEWLINE -> {
                    if (semiAllowed) return semi(t, "newline");
                }
                case GoLexer.BLOCK_COMMENT -> {
                    if (semiAllowed && t.getText().indexOf('\n') >= 0) return semi(t, "newline");
                }
                case Token.EOF -> {
                    if (semiAllowed) {
                        pending = t;
                        return semi(t, "EOF");
                    }
                    return t;
                }
                case GoLexer.ERROR_CHAR -> badChar(t);
                case GoLexer.ERROR_COMMENT -> error(t, 0, "comment not terminated");
                case GoLexer.ERROR_STRING -> {
                    unterminated(t, "newline in string", "string literal not terminated");
                    return retype(t, GoLexer.STRING_LIT);
                }
                case GoLexer.ERROR_RUNE -> {
                    unterminated(t, "newline in rune literal", "rune literal not terminated");
                    return retype(t, GoLexer.RUNE_LIT);
                }
                case GoLexer.ERROR_RAW_STRING -> {
                    error(t, 0, "string literal not terminated");
                    return retype(t, GoLexer.RAW_STRING_LIT);
                }
                case GoLexer.ERROR_NUMBER -> {
                    error(t, 0, numberError(t.getText()));
                    return retype(t, GoLexer.INT_LIT);
                }
                default -> {
                    semiAllowed = endsStatement(t.getType());
                    return t;
                }
            }
        }
    }

    private static boolean endsStatement(int type) {
        return switch (type) {
            case GoLexer.IDENTIFIER, GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT,
                    GoLexer.RUNE_LIT, GoLexer.STRING_LIT, GoLexer.RAW_STRING_LIT, GoLexer.BREAK,
                    GoLexer.CONTINUE, GoLexer.FALLTHROUGH, GoLexer.RETURN, GoLexer.INC, GoLexer.DEC,
                    GoLexer.R_PAREN, GoLexer.R_BRACKET, GoLexer.R_CURLY -> true;
            default -> false;
        };
    }

    private Token semi(Token at, String text) {
        semiAllowed = false;
        CommonToken s = new CommonToken(at);
        s.setType(GoLexer.SEMI);
        s.setText(text);
        s.setStopIndex(s.getStartIndex() - 1);
        return s;
    }

    private Token retype(Token t, int type) {
        CommonToken c = new CommonToken(t);
        c.setType(type);
        semiAllowed = endsStatement(type);
        return c;
    }

    private void unterminated(Token t, String atNewline, String atEof) {
        String text = t.getText();
        int end = t.getStopIndex() + 1;
        CharStream in = lexer.getInputStream();
        boolean newline = end < in.size() && in.getText(org.antlr.v4.runtime.misc.Interval.of(end, end)).equals("\n");
        if (newline) {
            errors.add(new LexError(end, t.getLine(), atNewline));
        } else {
            error(t, 0, atEof);
        }
    }

    private void badChar(Token t) {
        int cp = t.getText().codePointAt(0);
        String msg = cp == 0 ? "invalid NUL character"
                : String.format("invalid character U+%04X '%s'", cp, t.getText());
        if (cp == '#' || cp == '$' || cp == '?' || cp == '@' || cp == '\\' || Character.isLetter(cp)) {
            msg = String.format("invalid character U+%04X '%s'", cp, t.getText());
        } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
            msg = String.format("invalid character U+%04X", cp);
        }
        error(t, 0, msg);
    }

    private static String numberError(String text) {
        if (text.length() == 2) {
            return switch (Character.toLowerCase(text.charAt(1))) {
                case 'x' -> "hexadecimal literal has no digits";
                case 'b' -> "binary literal has no digits";
                case 'o' -> "octal literal has no digits";
                default -> "invalid digit '" + text.charAt(1) + "' in octal literal";
            };
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '8' || c == '9') return "invalid digit '" + c + "' in octal literal";
        }
        return "invalid number literal";
    }

    private void error(Token t, int offset, String message) {
        errors.add(new LexError(t.getStartIndex() + offset, t.getLine(), message));
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
