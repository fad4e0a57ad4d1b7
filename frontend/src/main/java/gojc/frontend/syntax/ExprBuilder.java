// Builds expression and type nodes from the parse tree. Binary expressions arrive as a flat
// operand/operator sequence and get Go's five precedence levels here, which keeps the grammar
// LL(1) and fast. Positions follow what gc reports for each node (see the AST record docs).
package gojc.frontend.syntax;

import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Field;
import gojc.frontend.ast.Op;
import gojc.frontend.diag.Pos;
import gojc.frontend.syntax.GoParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

abstract class ExprBuilder {
    final PosTable pt;
    final List<SyntaxError> errors;

    ExprBuilder(PosTable pt, List<SyntaxError> errors) {
        this.pt = pt;
        this.errors = errors;
    }

    void syntaxError(Pos pos, String message) {
        errors.add(new SyntaxError(pos, "syntax error: " + message));
    }

    Pos pos(Token t) {
        return pt.at(t);
    }

    Pos pos(TerminalNode n) {
        return pt.at(n.getSymbol());
    }

    Pos pos(ParserRuleContext c) {
        return pt.at(c.getStart());
    }

    static int tokenType(ParseTree t) {
        return t instanceof TerminalNode n ? n.getSymbol().getType() : -1;
    }

    Expr.Ident ident(TerminalNode n) {
        if (n == null) return new Expr.Ident(Pos.NONE, "_");
        return new Expr.Ident(pos(n), n.getText());
    }

    /** The leftmost source position of an expression, where gc reports errors about the whole. */
    static Pos start(Expr e) {
        return switch (e) {
            case Expr.Selector s -> start(s.x());
            case Expr.Index i -> start(i.x());
            case Expr.SliceExpr s -> start(s.x());
            case Expr.TypeAssert t -> start(t.x());
            case Expr.Call c -> start(c.fun());
            case Expr.KeyValue kv -> start(kv.key());
            case Expr.CompositeLit c -> c.type() != null ? start(c.type()) : c.pos();
            default -> e.pos();
        };
    }

    // ---- expressions ----

    List<Expr> exprList(ExpressionListContext c) {
        List<Expr> out = new ArrayList<>();
        if (c != null) for (ExpressionContext e : c.expression()) out.add(expr(e));
        return out;
    }

    List<Expr> exprList(ExpressionListNCContext c) {
        List<Expr> out = new ArrayList<>();
        if (c != null) for (ExpressionNCContext e : c.expressionNC()) out.add(expr(e));
        return out;
    }

    Expr expr(ExpressionContext c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        return binary(c);
    }

    Expr expr(ExpressionNCContext c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        return binary(c);
    }

    private Expr binary(ParserRuleContext c) {
        List<Expr> operands = new ArrayList<>();
        List<Op> ops = new ArrayList<>();
        for (ParseTree ch : c.children) {
            if (ch instanceof UnaryExprContext u) operands.add(unary(u));
            else if (ch instanceof UnaryExprNCContext u) operands.add(unary(u));
            else if (ch instanceof BinaryOpContext b) ops.add(Op.binary(b.getText()));
        }
        if (operands.isEmpty()) return new Expr.Bad(pos(c));
        if (ops.isEmpty()) return operands.get(0);
        int[] next = {1};
        Expr first = operands.get(0);
        return climb(first, 1, operands, ops, next);
    }

    /** Precedence climbing over operands[0..] and ops[i] between operands[i] and operands[i+1]. */
    private Expr climb(Expr lhs, int minPrec, List<Expr> operands, List<Op> ops, int[] next) {
        while (next[0] <= ops.size() && ops.get(next[0] - 1).precedence >= minPrec) {
            Op op = ops.get(next[0] - 1);
            Expr rhs = operands.get(next[0]);
            next[0]++;
            while (next[0] <= ops.size() && ops.get(next[0] - 1).precedence > op.precedence) {
                rhs = climb(rhs, op.precedence + 1, operands, ops, next);
            }
            lhs = new Expr.Binary(start(lhs), op, lhs, rhs);
        }
        return lhs;
    }

    private Expr unary(UnaryExprContext c) {
        if (c.primaryExpr() != null) return primary(c.primaryExpr().operand(), c.primaryExpr().children);
        return unaryOp(c.unaryOp(), unary(c.unaryExpr()));
    }

    private Expr unary(UnaryExprNCContext c) {
        if (c.primaryExprNC() != null) return primary(c.primaryExprNC().operand(), c.primaryExprNC().children);
        return unaryOp(c.unaryOp(), unary(c.unaryExprNC()));
    }

    private Expr unaryOp(UnaryOpContext opc, Expr x) {
        Token t = opc.getStart();
        Pos p = pos(t);
        return switch (t.getType()) {
            case GoLexer.STAR -> new Expr.Star(p, x);
            case GoLexer.RECEIVE -> x instanceof Expr.ChanType ct && ct.dir() == Expr.ChanDir.BOTH
                    ? new Expr.ChanType(p, Expr.ChanDir.RECV, ct.elem())
                    : new Expr.Unary(p, Op.ARROW, x);
            case GoLexer.PLUS -> new Expr.Unary(p, Op.ADD, x);
            case GoLexer.MINUS -> new Expr.Unary(p, Op.SUB, x);
            case GoLexer.EXCLAMATION -> new Expr.Unary(p, Op.NOT, x);
            case GoLexer.CARET -> new Expr.Unary(p, Op.XOR, x);
            case GoLexer.AMPERSAND -> new Expr.Unary(p, Op.AND, x);
            default -> new Expr.Unary(p, Op.TILDE, x);
        };
    }

    private Expr primary(OperandContext oc, List<ParseTree> children) {
        Expr x = operand(oc);
        for (int i = 1; i < children.size(); i++) {
            ParseTree ch = children.get(i);
            if (ch instanceof SuffixContext s) x = suffix(x, s);
            else if (ch instanceof LiteralValueContext lv) x = compositeLit(x, lv);
        }
        return x;
    }

    private Expr suffix(Expr x, SuffixContext s) {
        Token first = s.getStart();
        switch (first.getType()) {
            case GoLexer.DOT -> {
                if (s.IDENTIFIER() != null) {
                    Expr.Ident sel = ident(s.IDENTIFIER());
                    return new Expr.Selector(sel.pos(), x, sel);
                }
                return new Expr.TypeAssert(pos(first), x, s.type_() == null ? null : type(s.type_()));
            }
            case GoLexer.L_BRACKET -> {
                return indexOrSlice(x, s);
            }
            default -> {
                return call(x, s.arguments());
            }
        }
    }

    private Expr indexOrSlice(Expr x, SuffixContext s) {
        Pos lbrack = pos(s.getStart());
        Expr lo = null;
        boolean slice = false;
        SliceRestContext rest = null;
        List<Expr> indices = new ArrayList<>();
        for (ParseTree ch : s.children) {
            if (ch instanceof ExpressionContext e) {
                if (slice) continue;
                indices.add(expr(e));
            } else if (tokenType(ch) == GoLexer.COLON) {
                slice = true;
            } else if (ch instanceof SliceRestContext r) {
                rest = r;
            }
        }
        if (!slice) {
            if (indices.isEmpty()) {
                syntaxError(pos(s.stop), "expecting operand");
                indices.add(new Expr.Bad(lbrack));
            }
            return new Expr.Index(lbrack, x, indices);
        }
        if (!indices.isEmpty()) lo = indices.get(0);
        Expr hi = null, max = null;
        boolean slice3 = false;
        if (rest != null) {
            boolean afterColon = false;
            for (ParseTree ch : rest.children == null ? List.<ParseTree>of() : rest.children) {
                if (tokenType(ch) == GoLexer.COLON) {
                    afterColon = true;
                    slice3 = true;
                } else if (ch instanceof ExpressionContext e) {
                    if (afterColon) max = expr(e); else hi = expr(e);
                }
            }
        }
        if (slice3) {
            if (hi == null) syntaxError(pos(s.stop), "middle index required in 3-index slice");
            else if (max == null) syntaxError(pos(s.stop), "final index required in 3-index slice");
        }
        return new Expr.SliceExpr(lbrack, x, lo, hi, max, slice3);
    }

    private Expr call(Expr fun, ArgumentsContext a) {
        List<Expr> args = new ArrayList<>();
        for (ExpressionContext e : a.expression()) args.add(expr(e));
        return new Expr.Call(pos(a.getStart()), fun, args, a.ELLIPSIS() != null, pos(a.stop));
    }

    Expr compositeLit(Expr type, LiteralValueContext lv) {
        List<Expr> elts = new ArrayList<>();
        for (KeyedElementContext ke : lv.keyedElement()) {
            List<ElementContext> es = ke.element();
            Expr first = element(es.get(0));
            if (es.size() > 1) elts.add(new Expr.KeyValue(start(first), first, element(es.get(1))));
            else elts.add(first);
        }
        return new Expr.CompositeLit(pos(lv.getStart()), type, elts, pos(lv.stop));
    }

    private Expr element(ElementContext e) {
        if (e.literalValue() != null) return compositeLit(null, e.literalValue());
        return expr(e.expression());
    }

    private Expr operand(OperandContext c) {
        if (c.literal() != null) return literal(c.literal());
        if (c.IDENTIFIER() != null) return ident(c.IDENTIFIER());
        if (c.expression() != null) return new Expr.Paren(pos(c), expr(c.expression()));
        if (c.FUNC() != null) {
            Expr.FuncType ft = funcType(pos(c.FUNC()), List.of(), c.signature());
            if (c.block() == null) return ft;
            return new Expr.FuncLit(ft.pos(), ft, blockOf(c.block()));
        }
        if (c.compositeType() != null) {
            CompositeTypeContext ct = c.compositeType();
            Expr t = ct.arrayType() != null ? arrayType(ct.arrayType())
                    : ct.structType() != null ? structType(ct.structType()) : mapType(ct.mapType());
            return c.literalValue() == null ? t : compositeLit(t, c.literalValue());
        }
        if (c.channelType() != null) return chanType(c.channelType());
        if (c.interfaceType() != null) return interfaceType(c.interfaceType());
        return new Expr.Bad(pos(c));
    }

    Expr.BasicLit literal(LiteralContext c) {
        Token t = c.getStart();
        Expr.LitKind kind = switch (t.getType()) {
            case GoLexer.INT_LIT -> Expr.LitKind.INT;
            case GoLexer.FLOAT_LIT -> Expr.LitKind.FLOAT;
            case GoLexer.IMAGINARY_LIT -> Expr.LitKind.IMAG;
            case GoLexer.RUNE_LIT -> Expr.LitKind.CHAR;
            default -> Expr.LitKind.STRING;
        };
        Expr.BasicLit lit = new Expr.BasicLit(pos(t), kind, t.getText());
        String err = Literals.check(lit);
        if (err != null) errors.add(new SyntaxError(lit.pos(), err));
        return lit;
    }

    Expr.BasicLit string(String_Context c) {
        Token t = c.getStart();
        Expr.BasicLit lit = new Expr.BasicLit(pos(t), Expr.LitKind.STRING, t.getText());
        String err = Literals.check(lit);
        if (err != null) errors.add(new SyntaxError(lit.pos(), err));
        return lit;
    }

    /** Function literal bodies are statements: built by the subclass. */
    abstract gojc.frontend.ast.Stmt.Block blockOf(BlockContext b);

    // ---- types ----

    Expr type(Type_Context c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        if (c.typeName() != null) return typeName(c.typeName(), c.typeArgs());
        if (c.typeLit() != null) return typeLit(c.typeLit());
        return new Expr.Paren(pos(c), type(c.type_()));
    }

    Expr typeName(TypeNameContext n, TypeArgsContext args) {
        List<TerminalNode> ids = n.IDENTIFIER();
        Expr t = ident(ids.get(0));
        if (ids.size() > 1) {
            Expr.Ident sel = ident(ids.get(1));
            t = new Expr.Selector(sel.pos(), t, sel);
        }
        if (args != null) {
            List<Expr> targs = new ArrayList<>();
            for (Type_Context a : args.type_()) targs.add(type(a));
            t = new Expr.Index(pos(args), t, targs);
        }
        return t;
    }

    Expr typeLit(TypeLitContext c) {
        if (c.arrayType() != null) return arrayType(c.arrayType());
        if (c.structType() != null) return structType(c.structType());
        if (c.pointerType() != null) return new Expr.Star(pos(c), type(c.pointerType().type_()));
        if (c.functionType() != null) return funcType(pos(c), List.of(), c.functionType().signature());
        if (c.interfaceType() != null) return interfaceType(c.interfaceType());
        if (c.mapType() != null) return mapType(c.mapType());
        return chanType(c.channelType());
    }

    private Expr arrayType(ArrayTypeContext c) {
        Expr len = null;
        if (c.ELLIPSIS() != null) len = new Expr.Ellipsis(pos(c.ELLIPSIS()), null);
        else if (c.expression() != null) len = expr(c.expression());
        return new Expr.ArrayType(pos(c), len, type(c.type_()));
    }

    private Expr mapType(MapTypeContext c) {
        return new Expr.MapType(pos(c), type(c.type_(0)), type(c.type_(1)));
    }

    private Expr chanType(ChannelTypeContext c) {
        Expr.ChanDir dir = c.RECEIVE() == null ? Expr.ChanDir.BOTH
                : c.getStart().getType() == GoLexer.RECEIVE ? Expr.ChanDir.RECV : Expr.ChanDir.SEND;
        return new Expr.ChanType(pos(c), dir, type(c.type_()));
    }

    private Expr structType(StructTypeContext c) {
        List<Field> fields = new ArrayList<>();
        for (ParseTree ch : c.children) {
            if (ch instanceof FieldDeclContext f) {
                Expr.BasicLit tag = f.string_() == null ? null : string(f.string_());
                if (f.identifierList() != null) {
                    List<Expr.Ident> names = idents(f.identifierList());
                    fields.add(new Field(names.get(0).pos(), names, type(f.type_()), tag));
                } else {
                    Expr t = typeName(f.typeName(), f.typeArgs());
                    if (f.STAR() != null) t = new Expr.Star(pos(f.STAR()), t);
                    fields.add(new Field(pos(f), List.of(), t, tag));
                }
            } else if (ch instanceof EosContext e) {
                checkEos(e, GoLexer.R_CURLY, "struct type");
            }
        }
        return new Expr.StructType(pos(c), fields);
    }

    private Expr interfaceType(InterfaceTypeContext c) {
        List<Field> elems = new ArrayList<>();
        for (ParseTree ch : c.children) {
            if (ch instanceof InterfaceElemContext e) {
                if (e.IDENTIFIER() != null) {
                    Expr.Ident name = ident(e.IDENTIFIER());
                    elems.add(new Field(name.pos(), List.of(name), funcType(name.pos(), List.of(), e.signature()), null));
                } else {
                    Expr t = typeElem(e.typeElem());
                    elems.add(new Field(start(t), List.of(), t, null));
                }
            } else if (ch instanceof EosContext e) {
                checkEos(e, GoLexer.R_CURLY, "interface type");
            }
        }
        return new Expr.InterfaceType(pos(c), elems);
    }

    /** A constraint element: terms joined by | (left-associative Binary OR), ~T as Unary TILDE. */
    Expr typeElem(TypeElemContext c) {
        Expr x = null;
        for (ParseTree ch : c.children) {
            if (ch instanceof TypeTermContext t) {
                Expr term = type(t.type_());
                if (t.TILDE() != null) term = new Expr.Unary(pos(t.TILDE()), Op.TILDE, term);
                x = x == null ? term : new Expr.Binary(start(x), Op.OR, x, term);
            }
        }
        return x;
    }

    /** An omitted separator is only allowed right before the closing bracket. */
    void checkEos(EosContext e, int close, String context) {
        if (e.SEMI() != null) return;
        Token next = e.getStart();
        if (next == null || next.getType() == close) return;
        String what = context == null ? " at end of statement"
                : " in " + context + "; possibly missing semicolon or newline or " + (close == GoLexer.R_PAREN ? ")" : "}");
        syntaxError(pos(next), "unexpected " + SyntaxErrors.describe(next) + what);
    }

    List<Expr.Ident> idents(IdentifierListContext c) {
        List<Expr.Ident> out = new ArrayList<>();
        for (TerminalNode n : c.IDENTIFIER()) out.add(ident(n));
        return out;
    }

    // ---- signatures ----

    Expr.FuncType funcType(Pos pos, List<Field> typeParams, SignatureContext sig) {
        List<Field> params = params(sig.parameters());
        List<Field> results = List.of();
        ResultContext r = sig.result();
        if (r != null) {
            if (r.parameters() != null) {
                results = params(r.parameters());
            } else {
                Expr t = r.typeName() != null ? typeName(r.typeName(), r.typeArgs()) : typeLit(r.typeLit());
                results = List.of(new Field(start(t), List.of(), t, null));
            }
        }
        return new Expr.FuncType(pos, typeParams, params, results);
    }

    /**
     * Groups parameters as gc does: if any parameter is named, a lone name before it shares its
     * type ("a, b int"); otherwise every entry is a type.
     */
    List<Field> params(ParametersContext c) {
        List<ParameterDeclContext> decls = c.parameterDecl();
        boolean named = false;
        for (ParameterDeclContext d : decls) if (d.IDENTIFIER() != null) named = true;
        List<Field> out = new ArrayList<>();
        if (!named) {
            for (ParameterDeclContext d : decls) {
                Expr t = type(d.type_());
                if (d.ELLIPSIS() != null) t = new Expr.Ellipsis(pos(d.ELLIPSIS()), t);
                out.add(new Field(start(t), List.of(), t, null));
            }
            return out;
        }
        List<Expr.Ident> names = new ArrayList<>();
        for (ParameterDeclContext d : decls) {
            if (d.IDENTIFIER() == null) {
                Expr.Ident n = d.ELLIPSIS() == null ? plainName(d.type_()) : null;
                if (n == null) {
                    syntaxError(pos(d), "mixed named and unnamed parameters");
                    return out;
                }
                names.add(n);
                continue;
            }
            names.add(ident(d.IDENTIFIER()));
            Expr t = type(d.type_());
            if (d.ELLIPSIS() != null) t = new Expr.Ellipsis(pos(d.ELLIPSIS()), t);
            out.add(new Field(names.get(0).pos(), List.copyOf(names), t, null));
            names.clear();
        }
        if (!names.isEmpty()) syntaxError(pos(c.stop), "mixed named and unnamed parameters");
        return out;
    }

    private Expr.Ident plainName(Type_Context t) {
        if (t.typeName() == null || t.typeArgs() != null || t.typeName().IDENTIFIER().size() != 1) return null;
        return ident(t.typeName().IDENTIFIER(0));
    }

    List<Field> typeParams(TypeParametersContext c) {
        List<Field> out = new ArrayList<>();
        if (c == null) return out;
        for (TypeParamDeclContext d : c.typeParamDecl()) {
            List<Expr.Ident> names = idents(d.identifierList());
            out.add(new Field(names.get(0).pos(), names, typeElem(d.typeElem()), null));
        }
        return out;
    }
}
