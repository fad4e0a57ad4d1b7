package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.ast.Field;
import gojc.frontend.constant.Literals;
import gojc.frontend.constant.Value;
import gojc.frontend.types.Obj;
import gojc.frontend.types.PkgName;
import gojc.frontend.types.Representable;
import gojc.frontend.types.Type;
import gojc.frontend.types.TypeName;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import gojc.frontend.types.Var;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Type expressions (go/types typexpr.go): names, pointers, arrays, slices, maps, chans, funcs, structs, interfaces. */
final class TypeExprs {
    private final PkgChecker c;

    TypeExprs(PkgChecker c) {
        this.c = c;
    }

    /** The type denoted by e; reports and returns the invalid type if e is not a type. */
    Type type(Expr e) {
        Operand x = c.exprs.exprOrType(e);
        if (x.invalid()) return Universe.INVALID;
        if (x.mode != Operand.Mode.TYPEXPR) {
            c.error(e.pos(), ExprString.of(e) + " is not a type");
            return Universe.INVALID;
        }
        if (x.type instanceof gojc.frontend.types.Named gn && c.generics(gn.obj()).isGenericType(x.type)) {
            c.error(Exprs.start(e), "cannot use generic type " + x.type + " without instantiation");
            return Universe.INVALID;
        }
        return x.type;
    }

    /** Type expressions that are not names (names and selectors go through Exprs). Null if e is not one. */
    Type literalType(Expr e) {
        return switch (e) {
            case Expr.ArrayType a -> arrayOrSlice(a, -1);
            case Expr.MapType m -> {
                Type k = type(m.key()), v = type(m.value());
                if (!Types.isInvalid(k) && !(k instanceof gojc.frontend.types.Named n && n.underlying() == null)
                        && !Types.comparable(k)) {
                    c.error(m.key().pos(), "invalid map key type " + k);
                }
                yield new Type.Map(k, v);
            }
            case Expr.ChanType ch -> new Type.Chan(switch (ch.dir()) {
                case BOTH -> Type.ChanDir.BOTH;
                case SEND -> Type.ChanDir.SEND;
                case RECV -> Type.ChanDir.RECV;
            }, type(ch.elem()));
            case Expr.FuncType f -> signature(null, f);
            case Expr.StructType s -> struct(s);
            case Expr.InterfaceType i -> iface(i);
            case Expr.Ellipsis el -> {
                c.error(el.pos(), "invalid use of ...");
                yield Universe.INVALID;
            }
            default -> null;
        };
    }

    /** [N]T, []T, or [...]T with the length given by a composite literal (knownLen >= 0). */
    Type arrayOrSlice(Expr.ArrayType a, long knownLen) {
        if (a.len() == null) return new Type.Slice(type(a.elt()));
        if (a.len() instanceof Expr.Ellipsis) {
            if (knownLen < 0) {
                c.error(a.len().pos(), "invalid use of [...] array (outside a composite literal)");
                return Universe.INVALID;
            }
            return new Type.Array(knownLen, type(a.elt()));
        }
        long n = arrayLength(a.len());
        Type elt = type(a.elt());
        return n < 0 ? Universe.INVALID : new Type.Array(n, elt);
    }

    private long arrayLength(Expr e) {
        Operand x = c.exprs.expr(e);
        if (x.invalid()) return -1;
        if (!x.isConst()) {
            c.error(e.pos(), "array length " + ExprString.of(e) + " (" + x.describe().replaceFirst("^.*?\\(", "") + " must be constant");
            return -1;
        }
        if (Types.isUntyped(x.type) || Types.isInteger(x.type)) {
            var r = Representable.check(x.val, gojc.frontend.types.BasicKind.INT);
            if (r.fail() == Representable.Fail.NONE && r.value() instanceof Value.Int i) {
                if (i.value().signum() >= 0) return i.value().longValue();
                c.error(e.pos(), "invalid array length " + ExprString.of(e) + " (untyped int constant " + x.val + ")");
                return -1;
            }
        }
        c.error(e.pos(), "array length " + x.describe() + " must be integer");
        return -1;
    }

    Type.Signature signature(Field recv, Expr.FuncType f) {
        if (!f.typeParams().isEmpty()) c.error(f.pos(), "function type must have no type parameters");
        return signatureNoTypeParams(recv, f);
    }

    /** A signature whose type parameters, if any, are already bound in the current scope. */
    Type.Signature signatureNoTypeParams(Field recv, Expr.FuncType f) {
        return signatureNoTypeParams(recv, null, f);
    }

    /** As above; recvType, when given, is the receiver's type (a generic type's instance). */
    Type.Signature signatureNoTypeParams(Field recv, Type recvType, Expr.FuncType f) {
        Var r = null;
        if (recv != null) {
            Type rt = recvType != null ? recvType : type(recv.type());
            String name = recv.names().isEmpty() ? "" : recv.names().get(0).name();
            r = new Var(name, recv.names().isEmpty() ? recv.pos() : recv.names().get(0).pos(), c.path, rt, Var.Kind.RECEIVER);
        }
        List<Var> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < f.params().size(); i++) {
            Field p = f.params().get(i);
            Type t;
            if (p.type() instanceof Expr.Ellipsis el) {
                if (i != f.params().size() - 1 || p.names().size() > 1) {
                    c.error(el.pos(), "can only use ... with final parameter in list");
                }
                t = new Type.Slice(type(el.elt()));
                variadic = true;
            } else {
                t = type(p.type());
            }
            vars(params, p, t, Var.Kind.PARAM);
        }
        List<Var> results = new ArrayList<>();
        for (Field p : f.results()) vars(results, p, type(p.type()), Var.Kind.RESULT);
        java.util.Map<String, Var> seen = new java.util.HashMap<>();
        if (r != null && !r.name().isEmpty() && !r.name().equals("_")) seen.put(r.name(), r);
        for (List<Var> vs : List.of(params, results)) {
            for (Var v : vs) {
                if (v.name().isEmpty() || v.name().equals("_")) continue;
                Var old = seen.putIfAbsent(v.name(), v);
                if (old != null) c.error(v.pos(), PkgChecker.redeclared(v, old));
            }
        }
        return new Type.Signature(r, List.of(), params, results, variadic);
    }

    private void vars(List<Var> out, Field p, Type t, Var.Kind kind) {
        if (p.names().isEmpty()) {
            out.add(new Var("", p.pos(), c.path, t, kind));
            return;
        }
        for (Expr.Ident n : p.names()) out.add(new Var(n.name(), n.pos(), c.path, t, kind));
    }

    private Type struct(Expr.StructType s) {
        List<Type.Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Field f : s.fields()) {
            Type t = type(f.type());
            String tag = null;
            if (f.tag() != null) {
                byte[] b = Literals.unquote(f.tag().text());
                tag = b == null ? "" : new String(b, java.nio.charset.StandardCharsets.UTF_8);
            }
            if (f.names().isEmpty()) {
                String name = embeddedName(f.type());
                Type base = t instanceof Type.Pointer p ? p.elem() : t;
                if (!Types.isInvalid(t) && (t instanceof Type.Pointer && base.underlying() instanceof Type.Pointer
                        || base.underlying() instanceof Type.Interface && t instanceof Type.Pointer)) {
                    c.error(f.type().pos(), "embedded field type cannot be a pointer to an interface");
                }
                if (!seen.add(name)) c.error(f.type().pos(), name + " redeclared");
                fields.add(new Type.Field(name, t, true, tag, c.path));
                continue;
            }
            for (Expr.Ident n : f.names()) {
                if (!n.name().equals("_") && !seen.add(n.name())) c.error(n.pos(), n.name() + " redeclared");
                fields.add(new Type.Field(n.name(), t, false, tag, c.path));
            }
        }
        return new Type.Struct(fields);
    }

    private static String embeddedName(Expr e) {
        return switch (e) {
            case Expr.Ident i -> i.name();
            case Expr.Star s -> embeddedName(s.x());
            case Expr.Selector s -> s.sel().name();
            case Expr.Paren p -> embeddedName(p.x());
            case Expr.Index ix -> embeddedName(ix.x());
            default -> "_";
        };
    }

    private Type iface(Expr.InterfaceType it) {
        List<Type.Method> methods = new ArrayList<>();
        List<Type> embedded = new ArrayList<>();
        List<Type.Term> terms = new ArrayList<>();
        for (Field f : it.elems()) {
            if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType ft) {
                String name = f.names().get(0).name();
                for (Type.Method m : methods) {
                    if (m.name().equals(name)) c.error(f.names().get(0).pos(), "duplicate method " + name);
                }
                methods.add(new Type.Method(name, signature(null, ft), c.path));
                continue;
            }
            collectTerms(f.type(), embedded, terms);
        }
        return new Type.Interface(methods, embedded, terms);
    }

    private void collectTerms(Expr e, List<Type> embedded, List<Type.Term> terms) {
        if (e instanceof Expr.Binary b && b.op() == gojc.frontend.ast.Op.OR) {
            collectTerms(b.x(), embedded, terms);
            collectTerms(b.y(), embedded, terms);
            return;
        }
        if (e instanceof Expr.Unary u && u.op() == gojc.frontend.ast.Op.TILDE) {
            terms.add(new Type.Term(true, type(u.x())));
            return;
        }
        Type t = type(e);
        if (t.underlying() instanceof Type.Interface) embedded.add(t);
        else if (!Types.isInvalid(t)) terms.add(new Type.Term(false, t));
    }
}
