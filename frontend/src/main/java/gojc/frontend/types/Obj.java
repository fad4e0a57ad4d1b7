package gojc.frontend.types;

import gojc.frontend.diag.Pos;

/**
 * A named language entity, as go/types' Object: what an identifier denotes. Objects are compared
 * by identity. pkg is the import path of the declaring package ("" for the universe).
 */
public sealed interface Obj permits Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label {
    String name();

    Pos pos();

    String pkg();

    Type type();

    default boolean exported() {
        return !name().isEmpty() && Character.isUpperCase(name().codePointAt(0));
    }
}
