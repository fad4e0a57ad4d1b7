package gojc.frontend.tree;

import gojc.frontend.ast.Op;
import gojc.frontend.diag.Pos;
import gojc.frontend.types.Builtin.BuiltinId;
import gojc.frontend.types.Func;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.List;

/**
 * Typed expressions: the checker's output and codegen's only input. Every node has its final Go
 * type; constants are folded to values of that type; implicit conversions (to interfaces, untyped to
 * typed, variadic packing, automatic {@code &}/{@code *} of receivers, embedded-field paths) are
 * explicit nodes. Nothing downstream re-derives a type.
 */
public sealed interface TExpr {
    Pos pos();

    Type type();

    /**
     * A constant of a typed (or, where Go allows it, untyped-default) type. value is: Boolean for
     * bool; Long for every integer type (uint64 as its bit pattern, smaller types already in range);
     * Double for float64; Float for float32; byte[] (the UTF-8 bytes) for string; double[] {re, im}
     * for complex types.
     */
    record Const(Pos pos, Type type, Object value) implements TExpr {}

    /** The zero value of type (nil for pointers, slices, maps, funcs, chans, interfaces). */
    record Zero(Pos pos, Type type) implements TExpr {}

    /** A variable of any kind (package, local, param, result, receiver). */
    record VarRef(Pos pos, Type type, Var var) implements TExpr {}

    /** A top-level function (or a method expression's function) used as a value. */
    record FuncRef(Pos pos, Type type, Func func) implements TExpr {}

    /** - ^ ! on a numeric or boolean operand of the same type. */
    record Unary(Pos pos, Type type, Op op, TExpr x) implements TExpr {}

    /**
     * A binary operation. Both operands have the same type except for shifts (y is any integer
     * type, unsigned or not). For comparisons type is bool (or the untyped bool's default) and the
     * operand type is x.type(); && and || short-circuit.
     */
    record Binary(Pos pos, Type type, Op op, TExpr x, TExpr y) implements TExpr {}

    /** A conversion to type: numeric, string/[]byte/[]rune, to an interface (boxing), or named ↔ underlying. */
    record Convert(Pos pos, Type type, TExpr x) implements TExpr {}

    /** A call of a declared function (external ones are bound to Java). args match the params one to one. */
    record CallFunc(Pos pos, Type type, Func func, List<TExpr> args) implements TExpr {}

    /** A call of a concrete method; recv already has the receiver's declared type (T or *T). */
    record CallMethod(Pos pos, Type type, Func method, TExpr recv, List<TExpr> args) implements TExpr {}

    /** A call through an interface value. */
    record CallInterface(Pos pos, Type type, TExpr recv, Type.Method method, List<TExpr> args) implements TExpr {}

    /** A call of a function value (closure, func variable). */
    record CallValue(Pos pos, Type type, TExpr fn, List<TExpr> args) implements TExpr {}

    /**
     * A built-in call. typeArg is the type operand of make/new (null otherwise). For append with
     * {@code s...}, spread is true and args are {s, t}.
     */
    record CallBuiltin(Pos pos, Type type, BuiltinId id, Type typeArg, List<TExpr> args, boolean spread)
            implements TExpr {}

    /** x[i] on an array, pointer to array (x already dereferenced), slice, or string. */
    record Index(Pos pos, Type type, TExpr x, TExpr index) implements TExpr {}

    /** m[k]; with commaOk the type is the tuple (V, bool). */
    record MapIndex(Pos pos, Type type, TExpr map, TExpr key, boolean commaOk) implements TExpr {}

    /** x[lo:hi:max] on a string, slice or array (addressable, already dereferenced); absent bounds are null. */
    record SliceExpr(Pos pos, Type type, TExpr x, TExpr lo, TExpr hi, TExpr max) implements TExpr {}

    /** x.f on a struct value; x is never a pointer (the checker inserts Deref). */
    record Field(Pos pos, Type type, TExpr x, Var field) implements TExpr {}

    /** *x. */
    record Deref(Pos pos, Type type, TExpr x) implements TExpr {}

    /** &x of an addressable operand, or of a composite literal. */
    record AddrOf(Pos pos, Type type, TExpr x) implements TExpr {}

    /** x.(T); with commaOk the type is the tuple (T, bool). */
    record TypeAssert(Pos pos, Type type, TExpr x, Type target, boolean commaOk) implements TExpr {}

    /** <-ch; with commaOk the type is the tuple (T, bool). */
    record Recv(Pos pos, Type type, TExpr chan, boolean commaOk) implements TExpr {}

    /** A slice or array literal; indices are the elements' positions (keys made explicit). */
    record ListLit(Pos pos, Type type, List<Long> indices, List<TExpr> elems, long length) implements TExpr {}

    /** A struct literal: one value per field, in field order, zero values made explicit. */
    record StructLit(Pos pos, Type type, List<TExpr> values) implements TExpr {}

    record MapLit(Pos pos, Type type, List<TExpr> keys, List<TExpr> values) implements TExpr {}

    /** A function literal; captured lists the enclosing functions' variables it refers to. */
    record FuncLit(Pos pos, Type type, TFunc func, List<Var> captured) implements TExpr {}

    /** A method value {@code x.M} (recv evaluated when the value is made). */
    record MethodValue(Pos pos, Type type, TExpr recv, Func method) implements TExpr {}

    /**
     * Evaluates init (a multi-value call) once into the fresh local tmp, then yields body, which
     * reads tmp's values through TupleElem: {@code f(g())} with g's results converted to f's
     * parameter types.
     */
    record Let(Pos pos, Type type, Var tmp, TExpr init, TExpr body) implements TExpr {}

    /** The index-th value of a tuple-typed expression (in practice a VarRef of a Let's tmp). */
    record TupleElem(Pos pos, Type type, TExpr tuple, int index) implements TExpr {}

    /** An interface method value {@code i.M}. */
    record InterfaceMethodValue(Pos pos, Type type, TExpr recv, Type.Method method) implements TExpr {}
}
