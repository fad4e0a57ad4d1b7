package gojc.frontend.types;

/** A type parameter; constraint is set once the parameter list is checked. */
public final class TypeParam implements Type {
    private final TypeName obj;
    private final int index;
    private Type constraint;

    public TypeParam(TypeName obj, int index, Type constraint) {
        this.obj = obj;
        this.index = index;
        this.constraint = constraint;
    }

    public TypeName obj() {
        return obj;
    }

    public int index() {
        return index;
    }

    public Type constraint() {
        return constraint;
    }

    public void setConstraint(Type c) {
        this.constraint = c;
    }

    /** A type parameter's underlying type is its constraint interface. */
    @Override
    public Type underlying() {
        return constraint == null ? this : constraint.underlying();
    }

    @Override
    public String toString() {
        return obj.name();
    }
}
