package gojc.frontend.types;

import java.util.List;

/**
 * Go's types, as go/types models them. Structural types are records (compare them with
 * {@link Types#identical}, not equals); a Named type is a class because its underlying type and
 * methods are filled in after it is created (types may refer to themselves).
 */
public sealed interface Type permits Type.Basic, Type.Pointer, Type.Slice, Type.Array, Type.Map, Type.Chan,
        Type.Struct, Type.Signature, Type.Interface, Type.Tuple, Named, TypeParam {

    /** The underlying type (itself for everything but Named and TypeParam). */
    default Type underlying() {
        return this;
    }

    /** Predeclared types and untyped constant kinds. */
    record Basic(BasicKind kind, String name) implements Type {
        @Override
        public String toString() {
            return name;
        }
    }

    record Pointer(Type elem) implements Type {
        @Override
        public String toString() {
            return "*" + elem;
        }
    }

    record Slice(Type elem) implements Type {
        @Override
        public String toString() {
            return "[]" + elem;
        }
    }

    record Array(long len, Type elem) implements Type {
        @Override
        public String toString() {
            return "[" + len + "]" + elem;
        }
    }

    record Map(Type key, Type elem) implements Type {
        @Override
        public String toString() {
            return "map[" + key + "]" + elem;
        }
    }

    enum ChanDir { BOTH, SEND, RECV }

    record Chan(ChanDir dir, Type elem) implements Type {
        @Override
        public String toString() {
            return switch (dir) {
                case BOTH -> "chan " + elem;
                case SEND -> "chan<- " + elem;
                case RECV -> "<-chan " + elem;
            };
        }
    }

    /** A struct field; embedded fields have the type's name as their name. */
    record Field(String name, Type type, boolean embedded, String tag, String pkg) {
        public boolean exported() {
            return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
        }
    }

    record Struct(List<Field> fields) implements Type {
        @Override
        public String toString() {
            return TypeStrings.struct(this);
        }
    }

    /**
     * A function signature. recv is null for functions; variadic means the last param is a slice
     * {@code ...T} (its type here is {@code []T}).
     */
    record Signature(Var recv, List<TypeParam> typeParams, List<Var> params, List<Var> results, boolean variadic)
            implements Type {
        @Override
        public String toString() {
            return "func" + TypeStrings.signature(this);
        }
    }

    /** A method of an interface, or the declared method set of a Named type. */
    record Method(String name, Signature sig, String pkg) {}

    /**
     * An interface: explicit methods, embedded types (interfaces, or type terms for constraints).
     * {@link Types#methodSet} gives the complete, sorted method set.
     */
    record Interface(List<Method> methods, List<Type> embedded, List<Term> terms) implements Type {
        @Override
        public String toString() {
            return TypeStrings.iface(this);
        }
    }

    /** A union term {@code T} or {@code ~T} of a constraint's type set. */
    record Term(boolean tilde, Type type) {}

    /** The types of a multi-value expression (a call with several results). */
    record Tuple(List<Type> types) implements Type {
        @Override
        public String toString() {
            return TypeStrings.tuple(this);
        }
    }
}
