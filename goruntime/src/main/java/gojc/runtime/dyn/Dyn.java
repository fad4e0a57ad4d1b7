// Dynamic types of interface values, for the texts of failed type assertions: gc's
// "interface conversion: interface {} is string, not int". Generated classes of Go types carry
// their Go type string in a static field $goType; a struct object without its $boxed flag is a *T.
package gojc.runtime.dyn;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.RuntimeError;

public final class Dyn {
    private Dyn() {}

    public static String typeName(Object x) {
        return switch (x) {
            case null -> "nil";
            case Boolean b -> "bool";
            case Long l -> "int";
            case Integer i -> "int32";
            case Short s -> "int16";
            case Byte b -> "int8";
            case Double d -> "float64";
            case Float f -> "float32";
            case gojc.runtime.Complex64 c -> "complex64";
            case gojc.runtime.Complex128 c -> "complex128";
            case GoString s -> "string";
            default -> generated(x);
        };
    }

    private static String generated(Object x) {
        String n = gojc.runtime.type.Dynamic.nameOf(x);
        if (n != null) return n;
        Class<?> c = x.getClass();
        if (c.getName().startsWith("gojc.runtime.box.")) return c.getSimpleName().toLowerCase();
        try {
            String t = (String) c.getField("$goType").get(null);
            try {
                if (!c.getField("$boxed").getBoolean(x)) return "*" + t;
            } catch (NoSuchFieldException e) {
                // not a struct: the value itself
            }
            return t;
        } catch (ReflectiveOperationException e) {
            return c.getName();
        }
    }

    /** x.(T) failed: static is the operand's interface type, target the asserted type. */
    public static RuntimeException assertFailed(Object x, String staticType, String target) {
        return GoPanic.raise(RuntimeError.unprefixed(
                "interface conversion: " + staticType + " is " + typeName(x) + ", not " + target));
    }

    /** x.(I) failed for an interface I. */
    public static RuntimeException assertIfaceFailed(Object x, String staticType, String target) {
        if (x == null) {
            return GoPanic.raise(RuntimeError.unprefixed(
                    "interface conversion: interface is nil, not " + target));
        }
        return GoPanic.raise(RuntimeError.unprefixed(
                "interface conversion: " + typeName(x) + " is not " + target + ": missing method"));
    }

    /**
     * x.(I) failed for an interface I whose methods are given as lines "name jvm.iface.Class",
     * in name order: gc's message names the first method x's type lacks.
     */
    public static RuntimeException assertIfaceFailed(Object x, String staticType, String target, String methods) {
        if (x == null) return assertIfaceFailed(null, staticType, target);
        for (String line : methods.split("\n")) {
            int sp = line.indexOf(' ');
            if (sp < 0) continue;
            try {
                Class<?> m = Class.forName(line.substring(sp + 1), false, x.getClass().getClassLoader());
                if (m.isInstance(x)) continue;
            } catch (ClassNotFoundException e) {
                // an interface no class implements: the method is missing
            }
            return GoPanic.raise(RuntimeError.unprefixed("interface conversion: " + typeName(x) + " is not " + target
                    + ": missing method " + line.substring(0, sp)));
        }
        return assertIfaceFailed(x, staticType, target);
    }
}
