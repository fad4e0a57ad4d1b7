package gojc.frontend.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type ({@code type T ...}), or an instance of a generic one. Its underlying type and
 * methods are set after construction because declarations may refer to themselves.
 */
public final class Named implements Type {
    private final TypeName obj;
    private Type underlying;
    private final List<Func> methods = new ArrayList<>();
    private List<TypeParam> typeParams = List.of();
    private List<Type> typeArgs = List.of();
    private Named origin;

    public Named(TypeName obj, Type underlying) {
        this.obj = obj;
        this.underlying = underlying;
    }

    public TypeName obj() {
        return obj;
    }

    @Override
    public Type underlying() {
        return underlying;
    }

    public void setUnderlying(Type t) {
        this.underlying = t;
    }

    /** Declared methods (not promoted ones), in declaration order. */
    public List<Func> methods() {
        return methods;
    }

    public List<TypeParam> typeParams() {
        return typeParams;
    }

    public void setTypeParams(List<TypeParam> tps) {
        this.typeParams = tps;
    }

    /** For an instance: the type arguments; empty otherwise. */
    public List<Type> typeArgs() {
        return typeArgs;
    }

    /** For an instance: the generic type it instantiates; otherwise this. */
    public Named origin() {
        return origin == null ? this : origin;
    }

    public void setInstance(Named origin, List<Type> args) {
        this.origin = origin;
        this.typeArgs = args;
    }

    /** Qualified as gc prints it: {@code main.T}, {@code time.Duration}, {@code error}. */
    @Override
    public String toString() {
        return TypeStrings.named(this);
    }
}
