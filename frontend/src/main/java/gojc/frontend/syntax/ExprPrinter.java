// Prints an expression the way gc quotes source in its messages ("cannot use x := 1 as value").
package gojc.frontend.syntax;

import gojc.frontend.ast.Expr;
import java.util.List;

final class ExprPrinter {
    private ExprPrinter() {}

    static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        print(sb, e);
        return sb.toString();
    }

    private static void list(StringBuilder sb, List<Expr> xs) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) sb.append(", ");
            print(sb, xs.get(i));
        }
    }

    private static void print(StringBuilder sb, Expr e) {
        switch (e) {
            case null -> {}
            case Expr.Ident i -> sb.append(i.name());
            case Expr.BasicLit b -> sb.append(b.text());
            case Expr.Paren p -> { sb.append('('); print(sb, p.x()); sb.append(')'); }
            case Expr.Selector s -> { print(sb, s.x()); sb.append('.').append(s.sel().name()); }
            case Expr.Index i -> { print(sb, i.x()); sb.append('['); list(sb, i.indices()); sb.append(']'); }
            case Expr.SliceExpr s -> {
                print(sb, s.x());
                sb.append('[');
                print(sb, s.lo());
                sb.append(':');
                print(sb, s.hi());
                if (s.slice3()) { sb.append(':'); print(sb, s.max()); }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                print(sb, t.x());
                sb.append(".(");
                if (t.type() == null) sb.append("type"); else print(sb, t.type());
                sb.append(')');
            }
            case Expr.Call c -> {
                print(sb, c.fun());
                sb.append('(');
                list(sb, c.args());
                if (c.hasEllipsis()) sb.append("...");
                sb.append(')');
            }
            case Expr.Star s -> { sb.append('*'); print(sb, s.x()); }
            case Expr.Unary u -> { sb.append(u.op().text); print(sb, u.x()); }
            case Expr.Binary b -> { print(sb, b.x()); sb.append(' ').append(b.op().text).append(' '); print(sb, b.y()); }
            case Expr.KeyValue kv -> { print(sb, kv.key()); sb.append(": "); print(sb, kv.value()); }
            case Expr.CompositeLit c -> { print(sb, c.type()); sb.append("{…}"); }
            case Expr.FuncLit f -> sb.append("func literal");
            case Expr.ArrayType a -> { sb.append('['); print(sb, a.len()); sb.append(']'); print(sb, a.elt()); }
            case Expr.Ellipsis el -> { sb.append("..."); print(sb, el.elt()); }
            case Expr.MapType m -> { sb.append("map["); print(sb, m.key()); sb.append(']'); print(sb, m.value()); }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) { case BOTH -> "chan "; case SEND -> "chan<- "; case RECV -> "<-chan "; });
                print(sb, c.elem());
            }
            case Expr.StructType s -> sb.append("struct{…}");
            case Expr.InterfaceType i -> sb.append(i.elems().isEmpty() ? "interface{}" : "interface{…}");
            case Expr.FuncType f -> sb.append("func(…)");
            case Expr.Bad b -> sb.append("BadExpr");
        }
    }
}
