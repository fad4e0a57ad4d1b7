// Turns ANTLR's parse errors into gc's wording: "syntax error: unexpected X, expecting Y" with
// gc's token names and its context-specific phrasings (argument lists, composite literals,
// statement headers, top-level declarations). Only the first error is kept.
package gojc.frontend.syntax;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

final class SyntaxErrors extends BaseErrorListener {
    private final PosTable pt;
    private static final boolean DEBUG = Boolean.getBoolean("gojc.debugSyntaxErrors");
    SyntaxError first;

    SyntaxErrors(PosTable pt) {
        this.pt = pt;
    }

    /** gc's name for a token in "unexpected X". */
    static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "EOF";
            case GoLexer.SEMI -> t.getText().equals(";") ? "semicolon" : t.getText();
            case GoLexer.COMMA -> "comma";
            case GoLexer.IDENTIFIER -> t.getText();
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT, GoLexer.STRING_LIT,
                    GoLexer.RAW_STRING_LIT -> "literal " + t.getText();
            default -> t.getText();
        };
    }

    /** gc's name for an expected token in "expecting Y". */
    private static String expectedName(int type) {
        return switch (type) {
            case GoLexer.COMMA -> "comma";
            case GoLexer.SEMI -> "semicolon or newline";
            case GoLexer.IDENTIFIER -> "name";
            case Token.EOF -> "EOF";
            default -> {
                String s = GoLexer.VOCABULARY.getLiteralName(type);
                yield s == null ? GoLexer.VOCABULARY.getSymbolicName(type) : s.substring(1, s.length() - 1);
            }
        };
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
            RecognitionException e) {
        if (first != null) return;
        Parser parser = (Parser) recognizer;
        Token t = offending instanceof Token tok ? tok : parser.getCurrentToken();
        if (e != null && e.getOffendingToken() != null) t = e.getOffendingToken();
        ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected;
        try {
            expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        } catch (RuntimeException ex) {
            expected = new IntervalSet();
        }
        String message = null;
        if (e instanceof NoViableAltException nva) {
            Token open = unclosedParenBreak(parser.getInputStream(), nva.getStartToken());
            if (open != null) {
                t = open;
                message = "syntax error: unexpected " + describe(t) + " in argument list; possibly missing comma or )";
            } else if (nva.getDeadEndConfigs() != null) {
                message = deadEndMessage(nva, t);
            }
        }
        if (message == null) message = message(parser, ctx, t, expected);
        first = new SyntaxError(pt.at(t), message);
        if (DEBUG) {
            System.err.println("antlr: " + msg + " ctx=" + (ctx == null ? null : GoParser.ruleNames[ctx.getRuleIndex()])
                    + " expected=" + expected.toString(GoLexer.VOCABULARY));
        }
    }

    /**
     * Prediction failed deep inside some lookahead: phrase the error after the innermost list the
     * lookahead had entered, as gc (which never backtracks) would be inside it.
     */
    private static String deadEndMessage(NoViableAltException e, Token t) {
        boolean args = false, lit = false, params = false;
        for (ATNConfig c : e.getDeadEndConfigs()) {
            int r = c.state.ruleIndex;
            args |= r == GoParser.RULE_arguments;
            lit |= r == GoParser.RULE_literalValue || r == GoParser.RULE_keyedElement;
            params |= r == GoParser.RULE_parameters;
        }
        String unexpected = "syntax error: unexpected " + describe(t);
        if (lit) return unexpected + " in composite literal; possibly missing comma or }";
        if (args) return unexpected + " in argument list; possibly missing comma or )";
        if (params) return unexpected + " in parameter list; possibly missing comma or )";
        return null;
    }

    /**
     * gc reads tokens one at a time, so a line that ends inside an open call's parentheses fails at
     * that line's newline; ANTLR's prediction gives up earlier, at the start of the construct.
     * Returns the automatic semicolon met inside open parentheses, or null.
     */
    private static Token unclosedParenBreak(TokenStream in, Token start) {
        int depth = 0;
        for (int i = start.getTokenIndex(); i < in.size(); i++) {
            Token t = in.get(i);
            switch (t.getType()) {
                case GoLexer.L_PAREN -> depth++;
                case GoLexer.R_PAREN -> depth--;
                case GoLexer.L_CURLY, GoLexer.R_CURLY, Token.EOF -> { return null; }
                case GoLexer.SEMI -> {
                    if (depth > 0 && !t.getText().equals(";")) return t;
                    if (depth <= 0) return null;
                }
                default -> { }
            }
            if (depth < 0) return null;
        }
        return null;
    }

    private static boolean within(ParserRuleContext ctx, int rule) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) if (c.getRuleIndex() == rule) return true;
        return false;
    }

    private static int innermost(ParserRuleContext ctx, int... rules) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            for (int r : rules) if (c.getRuleIndex() == r) return r;
        }
        return -1;
    }

    private static String message(Parser parser, ParserRuleContext ctx, Token t, IntervalSet expected) {
        String unexpected = "syntax error: unexpected " + describe(t);
        int rule = ctx == null ? -1 : ctx.getRuleIndex();
        TokenStream in = parser.getInputStream();
        Token prev = t.getTokenIndex() > 0 ? in.get(t.getTokenIndex() - 1) : null;

        if (rule == GoParser.RULE_packageClause || rule == GoParser.RULE_sourceFile && prev == null) {
            return "syntax error: package statement must be first";
        }
        if (rule == GoParser.RULE_sourceFile && t.getType() == GoLexer.L_CURLY && prev != null && prev.getType() == GoLexer.SEMI) {
            return "syntax error: unexpected semicolon or newline before {";
        }
        if (rule == GoParser.RULE_sourceFile || rule == GoParser.RULE_topLevelDecl) {
            if (expected.contains(GoLexer.SEMI) && !expected.contains(GoLexer.FUNC)) {
                return unexpected + " after top level declaration";
            }
            return "syntax error: non-declaration statement outside function body";
        }
        if (expected.contains(GoLexer.L_CURLY)) {
            ParserRuleContext c = ctx;
            if (c != null && c.getRuleIndex() == GoParser.RULE_block && c.getStart() == t) c = c.getParent();
            int header = innermost(c, GoParser.RULE_ifStmt, GoParser.RULE_forStmt, GoParser.RULE_switchStmt,
                    GoParser.RULE_block, GoParser.RULE_arguments, GoParser.RULE_literalValue);
            String clause = header == GoParser.RULE_ifStmt ? "if" : header == GoParser.RULE_forStmt ? "for"
                    : header == GoParser.RULE_switchStmt ? "switch" : null;
            if (clause != null) return unexpected + ", expecting { after " + clause + " clause";
        }
        int list = innermost(ctx, GoParser.RULE_arguments, GoParser.RULE_literalValue, GoParser.RULE_parameters,
                GoParser.RULE_block, GoParser.RULE_statementList, GoParser.RULE_suffix, GoParser.RULE_operand,
                GoParser.RULE_structType, GoParser.RULE_interfaceType);
        boolean wantsExpr = expected.contains(GoLexer.INT_LIT) && expected.contains(GoLexer.IDENTIFIER);
        if (list == GoParser.RULE_arguments && expected.contains(GoLexer.R_PAREN) && !wantsExpr) {
            return unexpected + " in argument list; possibly missing comma or )";
        }
        if (list == GoParser.RULE_literalValue && expected.contains(GoLexer.R_CURLY) && !wantsExpr) {
            return unexpected + " in composite literal; possibly missing comma or }";
        }
        if (list == GoParser.RULE_parameters && expected.contains(GoLexer.R_PAREN)) {
            return unexpected + " in parameter list; possibly missing comma or )";
        }
        if (wantsExpr) {
            if (rule == GoParser.RULE_statementList || rule == GoParser.RULE_block || rule == GoParser.RULE_caseClause
                    || rule == GoParser.RULE_commClause) {
                return t.getType() == GoLexer.R_PAREN || t.getType() == GoLexer.R_BRACKET
                        ? unexpected + " at end of statement" : unexpected + ", expecting }";
            }
            return unexpected + ", expecting expression";
        }
        if (expected.contains(GoLexer.IDENTIFIER) && expected.contains(GoLexer.L_PAREN) && expected.size() == 2) {
            return unexpected + ", expecting name or (";
        }
        if ((rule == GoParser.RULE_statementList || rule == GoParser.RULE_block) && prev != null
                && prev.getType() != GoLexer.SEMI && prev.getType() != GoLexer.L_CURLY) {
            return unexpected + " at end of statement";
        }
        if (expected.contains(GoLexer.R_CURLY) && (rule == GoParser.RULE_statementList || rule == GoParser.RULE_block
                || rule == GoParser.RULE_switchStmt || rule == GoParser.RULE_selectStmt)) {
            return unexpected + ", expecting }";
        }
        if (expected.size() == 1) {
            return unexpected + ", expecting " + expectedName(expected.getMinElement());
        }
        if (expected.size() == 2 && expected.contains(GoLexer.IDENTIFIER) && expected.contains(GoLexer.STRING_LIT)) {
            return unexpected + ", expecting name";
        }
        return unexpected;
    }
}
