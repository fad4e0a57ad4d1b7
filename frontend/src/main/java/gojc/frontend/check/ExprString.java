package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Field;
import java.util.List;
import java.util.StringJoiner;

/** Expressions spelled back as go/types' ExprString does, for error messages. */
final class ExprString {
    private ExprString() {}

    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case null -> {}
            case Expr.Ident i -> sb.append(i.name());
            case Expr.BasicLit l -> sb.append(l.text());
            case Expr.CompositeLit c -> { write(sb, c.type()); sb.append(c.elts().isEmpty() ? "{}" : "{…}"); }
            case Expr.KeyValue kv -> { write(sb, kv.key()); sb.append(": "); write(sb, kv.value()); }
            case Expr.FuncLit f -> { sb.append('('); write(sb, f.type()); sb.append(" literal)"); }
            case Expr.Paren p -> { sb.append('('); write(sb, p.x()); sb.append(')'); }
            case Expr.Selector s -> { write(sb, s.x()); sb.append('.').append(s.sel().name()); }
            case Expr.Index ix -> { write(sb, ix.x()); sb.append('['); list(sb, ix.indices()); sb.append(']'); }
            case Expr.SliceExpr s -> {
                write(sb, s.x()); sb.append('[');
                write(sb, s.lo()); sb.append(':'); write(sb, s.hi());
                if (s.slice3()) { sb.append(':'); write(sb, s.max()); }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                write(sb, t.x()); sb.append(".(");
                if (t.type() == null) sb.append("type"); else write(sb, t.type());
                sb.append(')');
            }
            case Expr.Call c -> {
                write(sb, c.fun()); sb.append('('); list(sb, c.args());
                if (c.hasEllipsis()) sb.append("...");
                sb.append(')');
            }
            case Expr.Star s -> { sb.append('*'); write(sb, s.x()); }
            case Expr.Unary u -> { sb.append(u.op().text); write(sb, u.x()); }
            case Expr.Binary b -> { write(sb, b.x()); sb.append(' ').append(b.op().text).append(' '); write(sb, b.y()); }
            case Expr.ArrayType a -> {
                sb.append('[');
                if (a.len() instanceof Expr.Ellipsis) sb.append("..."); else write(sb, a.len());
                sb.append(']'); write(sb, a.elt());
            }
            case Expr.Ellipsis el -> { sb.append("..."); write(sb, el.elt()); }
            case Expr.StructType s -> { sb.append("struct{"); fields(sb, s.fields(), "; "); sb.append('}'); }
            case Expr.FuncType f -> { sb.append("func"); signature(sb, f); }
            case Expr.InterfaceType i -> {
                sb.append("interface{");
                StringJoiner j = new StringJoiner("; ");
                for (Field f : i.elems()) {
                    StringBuilder m = new StringBuilder();
                    if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType ft) {
                        m.append(f.names().get(0).name()); signature(m, ft);
                    } else write(m, f.type());
                    j.add(m);
                }
                sb.append(j).append('}');
            }
            case Expr.MapType m -> { sb.append("map["); write(sb, m.key()); sb.append(']'); write(sb, m.value()); }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) { case BOTH -> "chan "; case SEND -> "chan<- "; case RECV -> "<-chan "; });
                write(sb, c.elem());
            }
            case Expr.Bad b -> sb.append("_");
        }
    }

    private static void list(StringBuilder sb, List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            write(sb, es.get(i));
        }
    }

    private static void signature(StringBuilder sb, Expr.FuncType f) {
        sb.append('('); fields(sb, f.params(), ", "); sb.append(')');
        if (f.results().isEmpty()) return;
        sb.append(' ');
        if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) { write(sb, f.results().get(0).type()); return; }
        sb.append('('); fields(sb, f.results(), ", "); sb.append(')');
    }

    private static void fields(StringBuilder sb, List<Field> fs, String sep) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) sb.append(sep);
            Field f = fs.get(i);
            for (int j = 0; j < f.names().size(); j++) {
                if (j > 0) sb.append(", ");
                sb.append(f.names().get(j).name());
            }
            if (!f.names().isEmpty()) sb.append(' ');
            write(sb, f.type());
        }
    }
}
