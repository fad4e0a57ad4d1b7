package gojc.frontend.check;

import gojc.frontend.ast.Expr;
import gojc.frontend.constant.Value;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.Representable;
import gojc.frontend.types.Type;
import gojc.frontend.types.Types;
import gojc.frontend.types.Universe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composite literals, index and slice expressions (spec "Composite literals", "Index
 * expressions", "Slice expressions"): keys made explicit, elided element types filled in,
 * constant indices checked against known lengths.
 */
final class Composites {
    private final PkgChecker c;

    Composites(PkgChecker c) {
        this.c = c;
    }

    Operand compositeLit(Expr.CompositeLit cl, Type hint) {
        Type t;
        if (cl.type() == null) {
            if (hint == null) {
                c.error(cl.pos(), "invalid composite literal type: missing type");
                return Operand.invalid(cl);
            }
            if (Types.core(hint) instanceof Type.Pointer p) {
                Operand inner = compositeLit(cl, p.elem());
                if (inner.invalid()) return inner;
                return Operand.value(cl, new TExpr.AddrOf(cl.pos(), hint, inner.tx));
            }
            t = hint;
        } else if (cl.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
            Type elt = c.typexprs.type(at.elt());
            if (Types.isInvalid(elt)) return invalidElts(cl);
            TExpr.ListLit l = list(cl, new Type.Slice(elt), elt, -1);
            if (l == null) return Operand.invalid(cl);
            Type arr = new Type.Array(l.length(), elt);
            return Operand.value(cl, new TExpr.ListLit(cl.pos(), arr, l.indices(), l.elems(), l.length()));
        } else {
            t = c.typexprs.type(cl.type());
        }
        if (Types.isInvalid(t)) return invalidElts(cl);
        TExpr tx = switch (Types.core(t)) {
            case Type.Struct s -> struct(cl, t, s);
            case Type.Array a -> list(cl, t, a.elem(), a.len());
            case Type.Slice s -> list(cl, t, s.elem(), -1);
            case Type.Map m -> map(cl, t, m);
            default -> {
                c.error(cl.pos(), "invalid composite literal type " + t);
                yield null;
            }
        };
        return tx == null ? Operand.invalid(cl) : Operand.value(cl, tx);
    }

    private Operand invalidElts(Expr.CompositeLit cl) {
        return Operand.invalid(cl);
    }

    private Operand element(Expr e, Type t, String ctx) {
        Operand x = e instanceof Expr.CompositeLit inner && inner.type() == null ? compositeLit(inner, t) : c.exprs.expr(e);
        c.assign.assignment(x, t, ctx);
        return x;
    }

    private TExpr struct(Expr.CompositeLit cl, Type t, Type.Struct s) {
        List<TExpr> values = new ArrayList<>();
        for (Type.Field f : s.fields()) values.add(null);
        boolean ok = true;
        if (!cl.elts().isEmpty() && cl.elts().get(0) instanceof Expr.KeyValue) {
            Set<String> seen = new HashSet<>();
            for (Expr e : cl.elts()) {
                if (!(e instanceof Expr.KeyValue kv)) {
                    c.error(e.pos(), "mixture of field:value and value elements in struct literal");
                    ok = false;
                    continue;
                }
                if (!(kv.key() instanceof Expr.Ident key)) {
                    c.error(kv.key().pos(), "invalid field name " + ExprString.of(kv.key()) + " in struct literal");
                    c.exprs.expr(kv.value());
                    ok = false;
                    continue;
                }
                int idx = -1;
                for (int i = 0; i < s.fields().size(); i++) if (s.fields().get(i).name().equals(key.name())) idx = i;
                if (idx < 0) {
                    c.error(key.pos(), "unknown field '" + key.name() + "' in struct literal of type " + t);
                    c.exprs.expr(kv.value());
                    ok = false;
                    continue;
                }
                if (!seen.add(key.name())) {
                    c.error(key.pos(), "duplicate field name " + key.name() + " in struct literal");
                    ok = false;
                    continue;
                }
                Type.Field f = s.fields().get(idx);
                if (!f.exported() && !f.pkg().equals(c.path)) {
                    c.error(key.pos(), "cannot refer to unexported field " + key.name() + " in struct literal of type " + t);
                    ok = false;
                }
                Operand x = element(kv.value(), f.type(), "struct literal");
                if (x.invalid()) ok = false;
                else values.set(idx, x.tx);
            }
        } else {
            for (int i = 0; i < cl.elts().size(); i++) {
                Expr e = cl.elts().get(i);
                if (e instanceof Expr.KeyValue kv) {
                    c.error(e.pos(), "mixture of field:value and value elements in struct literal");
                    ok = false;
                    continue;
                }
                if (i >= s.fields().size()) {
                    c.error(e.pos(), "too many values in " + ExprString.of(cl));
                    ok = false;
                    break;
                }
                Type.Field f = s.fields().get(i);
                Operand x = element(e, f.type(), "struct literal");
                if (x.invalid()) ok = false;
                else values.set(i, x.tx);
            }
            if (ok && !cl.elts().isEmpty() && cl.elts().size() < s.fields().size()) {
                c.error(cl.rbrace(), "too few values in " + ExprString.of(cl));
                ok = false;
            }
        }
        if (!ok) return null;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) values.set(i, new TExpr.Zero(cl.pos(), s.fields().get(i).type()));
        }
        return new TExpr.StructLit(cl.pos(), t, values);
    }

    /** Array or slice literal; length < 0 for slices. */
    private TExpr.ListLit list(Expr.CompositeLit cl, Type t, Type elem, long length) {
        List<Long> indices = new ArrayList<>();
        List<TExpr> elems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long index = 0, max = 0;
        boolean ok = true;
        for (Expr e : cl.elts()) {
            Expr v = e;
            if (e instanceof Expr.KeyValue kv) {
                Operand k = c.exprs.expr(kv.key());
                long i = constIndex(k, length);
                if (i < 0) ok = false; else index = i;
                v = kv.value();
            } else if (length >= 0 && index >= length) {
                c.error(e.pos(), "index " + index + " out of bounds [0:" + length + "]");
                ok = false;
            }
            if (!seen.add(index)) {
                c.error(e.pos(), "duplicate index " + index + " in array or slice literal");
                ok = false;
            }
            Operand x = element(v, elem, "array or slice literal");
            if (x.invalid()) ok = false;
            indices.add(index);
            elems.add(x.tx);
            index++;
            max = Math.max(max, index);
        }
        if (!ok) return null;
        return new TExpr.ListLit(cl.pos(), t, indices, elems, length >= 0 ? length : max);
    }

    private long constIndex(Operand k, long length) {
        if (k.invalid()) return -1;
        if (!k.isConst()) {
            c.error(Exprs.start(k.expr), "index " + ExprString.of(k.expr) + " must be integer constant");
            return -1;
        }
        var r = Representable.check(k.val, gojc.frontend.types.BasicKind.INT);
        if (r.fail() != Representable.Fail.NONE || !Types.isInteger(k.type) && !Types.isUntyped(k.type)) {
            c.error(Exprs.start(k.expr), "index " + ExprString.of(k.expr) + " must be integer constant");
            return -1;
        }
        long i = ((Value.Int) r.value()).value().longValue();
        if (i < 0) {
            c.error(Exprs.start(k.expr), "index " + ExprString.of(k.expr) + " must be non-negative integer constant");
            return -1;
        }
        if (length >= 0 && i >= length) {
            c.error(Exprs.start(k.expr), "index " + i + " out of bounds [0:" + length + "]");
            return -1;
        }
        return i;
    }

    private TExpr map(Expr.CompositeLit cl, Type t, Type.Map m) {
        List<TExpr> keys = new ArrayList<>(), values = new ArrayList<>();
        Map<Object, Boolean> seen = new HashMap<>();
        boolean ok = true;
        for (Expr e : cl.elts()) {
            if (!(e instanceof Expr.KeyValue kv)) {
                c.error(e.pos(), "missing key in map literal");
                ok = false;
                continue;
            }
            Operand k = element(kv.key(), m.key(), "map literal");
            if (k.isConst() && k.val != null && !Types.isInterface(m.key())) {
                if (seen.put(k.val, true) != null) {
                    c.error(kv.key().pos(), "duplicate key " + ExprString.of(kv.key()) + " in map literal");
                    ok = false;
                }
            }
            Operand v = element(kv.value(), m.elem(), "map literal");
            if (k.invalid() || v.invalid()) ok = false;
            keys.add(k.tx);
            values.add(v.tx);
        }
        return ok ? new TExpr.MapLit(cl.pos(), t, keys, values) : null;
    }

    /** An index or size operand converted to int; length >= 0 bounds constant indices. Null if invalid. */
    TExpr indexValue(Operand x, String what, long length) {
        if (x.invalid()) return null;
        if (x.isConst()) {
            var r = Representable.check(x.val, gojc.frontend.types.BasicKind.INT);
            if (!(Types.isInteger(x.type) || Types.isUntyped(x.type) && Types.isNumeric(x.type)) || r.fail() == Representable.Fail.TRUNCATED
                    || r.fail() == Representable.Fail.NOT_REPRESENTABLE) {
                c.error(Exprs.start(x.expr), "invalid argument: " + what + " " + x.describe() + " must be integer");
                return null;
            }
            if (r.fail() == Representable.Fail.OVERFLOWS) {
                c.error(Exprs.start(x.expr), "invalid argument: " + what + " " + x.describe() + " overflows int");
                return null;
            }
            long i = ((Value.Int) r.value()).value().longValue();
            if (Types.isUntyped(x.type)) c.assign.implicitConvert(x, Universe.INT);
            if (i < 0) {
                c.error(Exprs.start(x.expr), "invalid argument: " + what + " " + x.describe() + " must not be negative");
                return null;
            }
            if (length >= 0 && i >= length) {
                c.error(Exprs.start(x.expr), "invalid argument: " + what + " " + ExprString.of(x.expr) + " out of bounds [0:" + length + "]");
                return null;
            }
            if (Types.isUntyped(x.type)) {
                c.assign.implicitConvert(x, Universe.INT);
                return x.tx;
            }
            return c.assign.tx(x);
        }
        if (!Types.isInteger(x.type)) {
            c.error(Exprs.start(x.expr), "invalid argument: " + what + " " + x.describe() + " must be integer");
            return null;
        }
        return c.assign.tx(x);
    }

    /**
     * What a type parameter's values index as: its core type, else (as go/types allows) a slice or
     * string of the element type all its types share; its constraint interface if none.
     */
    private static Type indexable(gojc.frontend.types.TypeParam tp) {
        Type core = Types.coreType(tp);
        if (core != null) return core;
        Type elem = null;
        boolean str = false;
        for (Type.Term term : Types.typeSetTerms(tp)) {
            Type u = term.type().underlying();
            if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) u = p.elem().underlying();
            Type e = switch (u) {
                case Type.Basic b when b.kind().isString() -> {
                    str = true;
                    yield Universe.BYTE;
                }
                case Type.Array a -> a.elem();
                case Type.Slice s -> s.elem();
                default -> null;
            };
            if (e == null || elem != null && !Types.identical(elem, e)) return tp.underlying();
            elem = e;
        }
        if (elem == null) return tp.underlying();
        return str ? Universe.STRING : new Type.Slice(elem);
    }

    private static List<gojc.frontend.diag.Pos> starts(Expr.Index ix) {
        List<gojc.frontend.diag.Pos> out = new ArrayList<>();
        for (Expr e : ix.indices()) out.add(Exprs.start(e));
        return out;
    }

    Operand index(Expr.Index ix) {
        Operand x = c.exprs.exprOrType(ix.x());
        if (x.invalid()) {
            for (Expr e : ix.indices()) c.exprs.exprOrType(e);
            return Operand.invalid(ix);
        }
        if (x.mode == Operand.Mode.TYPEXPR && x.type instanceof gojc.frontend.types.Named gn && c.generics(gn.obj()).isGenericType(x.type)) {
            List<Type> targs = new ArrayList<>();
            for (Expr e : ix.indices()) targs.add(c.typexprs.type(e));
            if (targs.stream().anyMatch(Types::isInvalid)) return Operand.invalid(ix);
            Type t = c.generics(gn.obj()).instantiateType((gojc.frontend.types.Named) x.type, targs, Exprs.start(ix), starts(ix));
            return Types.isInvalid(t) ? Operand.invalid(ix) : new Operand(Operand.Mode.TYPEXPR, ix, t);
        }
        if (x.generic != null) {
            List<Type> targs = new ArrayList<>();
            for (Expr e : ix.indices()) targs.add(c.typexprs.type(e));
            if (targs.stream().anyMatch(Types::isInvalid)) return Operand.invalid(ix);
            int want = c.generics(x.generic).typeParamCount(x.generic);
            if (targs.size() < want) {
                Operand partial = new Operand(Operand.Mode.VALUE, ix, Universe.INVALID);
                partial.generic = x.generic;
                partial.targs = targs;
                partial.targPos = starts(ix);
                return partial;
            }
            if (targs.size() > want) {
                c.error(Exprs.start(ix.indices().get(targs.size() - 1)), "got " + targs.size() + " type arguments but want " + want);
                return Operand.invalid(ix);
            }
            gojc.frontend.types.Func inst = c.generics(x.generic).instantiate(x.generic, targs, Exprs.start(ix), starts(ix));
            if (inst == null || inst.type() == null) return Operand.invalid(ix);
            return Operand.value(ix, new TExpr.FuncRef(ix.pos(), inst.type(), inst));
        }
        if (x.mode == Operand.Mode.TYPEXPR) {
            c.error(ix.pos(), ExprString.of(ix.x()) + " is not a generic type");
            return Operand.invalid(ix);
        }
        if (ix.indices().size() != 1) {
            c.error(ix.pos(), "invalid operation: more than one index");
            return Operand.invalid(ix);
        }
        Expr ie = ix.indices().get(0);
        // a type parameter's values index as its core type (go/types: indexing needs one)
        Type u = x.type instanceof gojc.frontend.types.TypeParam tp ? indexable(tp) : x.type.underlying();
        if (u instanceof Type.Map m) {
            Operand k = c.exprs.expr(ie);
            if (!c.assign.assignment(k, m.key(), "map index")) return Operand.invalid(ix);
            return Operand.of(Operand.Mode.MAPINDEX, ix, new TExpr.MapIndex(ix.pos(), m.elem(), c.assign.tx(x), k.tx, false));
        }
        TExpr base = c.assign.tx(x);
        Operand.Mode mode;
        Type elem;
        long length = -1;
        switch (u) {
            case Type.Basic b when b.kind().isString() -> {
                elem = Universe.BYTE;
                mode = Operand.Mode.VALUE;
                if (x.isConst()) length = ((Value.Str) x.val).bytes().length;
            }
            case Type.Array a -> {
                elem = a.elem();
                mode = x.mode == Operand.Mode.VARIABLE ? Operand.Mode.VARIABLE : Operand.Mode.VALUE;
                length = a.len();
            }
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> {
                elem = a.elem();
                mode = Operand.Mode.VARIABLE;
                length = a.len();
                base = new TExpr.Deref(ix.pos(), p.elem(), base);
            }
            case Type.Slice s -> {
                elem = s.elem();
                mode = Operand.Mode.VARIABLE;
            }
            default -> {
                c.error(ix.pos(), "invalid operation: cannot index " + x.describe());
                c.exprs.expr(ie);
                return Operand.invalid(ix);
            }
        }
        Operand i = c.exprs.expr(ie);
        TExpr it = indexValue(i, "index", length);
        if (it == null) return Operand.invalid(ix);
        if (x.isConst() && i.isConst()) {
            byte[] bs = ((Value.Str) x.val).bytes();
            long k = ((Value.Int) i.val).value().longValue();
            return Operand.value(ix, new TExpr.Const(ix.pos(), Universe.BYTE, (long) (bs[(int) k] & 0xFF)));
        }
        return Operand.of(mode, ix, new TExpr.Index(ix.pos(), elem, base, it));
    }

    Operand slice(Expr.SliceExpr s) {
        Operand x = c.exprs.expr(s.x());
        if (x.invalid()) return Operand.invalid(s);
        TExpr base = c.assign.tx(x);
        Type u = Types.core(x.type);
        Type result;
        long length = -1;
        switch (u) {
            case Type.Basic b when b.kind().isString() -> {
                if (s.slice3()) {
                    c.error(s.pos(), "invalid operation: 3-index slice of string");
                    return Operand.invalid(s);
                }
                result = Types.isUntyped(x.type) ? Universe.STRING : x.type;
                if (x.isConst()) length = ((Value.Str) x.val).bytes().length;
            }
            case Type.Array a -> {
                if (x.mode != Operand.Mode.VARIABLE) {
                    c.error(s.pos(), "invalid operation: " + ExprString.of(s.x()) + " (slice of unaddressable value)");
                    return Operand.invalid(s);
                }
                Exprs.markAddressTaken(base);
                result = new Type.Slice(a.elem());
                length = a.len();
            }
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> {
                base = new TExpr.Deref(s.pos(), p.elem(), base);
                result = new Type.Slice(a.elem());
                length = a.len();
            }
            case Type.Slice sl -> result = x.type;
            default -> {
                c.error(Exprs.start(s.x()), "cannot slice " + x.describe());
                return Operand.invalid(s);
            }
        }
        TExpr lo = bound(s.lo(), length), hi = bound(s.hi(), length), max = bound(s.max(), length);
        if (s.lo() != null && lo == null || s.hi() != null && hi == null || s.max() != null && max == null) return Operand.invalid(s);
        Long[] k = {constOf(lo), constOf(hi), constOf(max)};
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                if (k[i] != null && k[j] != null && k[i] > k[j]) {
                    c.error(Exprs.start(j == 1 ? s.hi() : s.max()), "invalid slice indices: " + k[j] + " < " + k[i]);
                    return Operand.invalid(s);
                }
            }
        }
        return Operand.value(s, new TExpr.SliceExpr(s.pos(), result, base, lo, hi, max));
    }

    private static Long constOf(TExpr t) {
        return t instanceof TExpr.Const k && k.value() instanceof Long l ? l : null;
    }

    private TExpr bound(Expr e, long length) {
        if (e == null) return null;
        return indexValue(c.exprs.expr(e), "index", length >= 0 ? length + 1 : -1);
    }
}
