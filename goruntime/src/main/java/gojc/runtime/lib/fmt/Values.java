// Printing one operand, as Go's printArg / handleMethods / printValue do: basic values by their
// formatter; Formatter, GoStringer, error and Stringer operands by their method (at every level
// where Go calls it: the operand, and elements reached through exported fields); everything else
// walked by its type descriptor (structs, arrays, slices, maps with fmtsort's key order, pointers:
// &{...} at the top level, an address below); %!verb(type=value) for a verb the type does not take.
package gojc.runtime.lib.fmt;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.box.Int64;
import gojc.runtime.box.Uint;
import gojc.runtime.box.Uint16;
import gojc.runtime.box.Uint32;
import gojc.runtime.box.Uint64;
import gojc.runtime.box.Uint8;
import gojc.runtime.box.Uintptr;
import gojc.runtime.iface.M_Error__L;
import gojc.runtime.iface.M_Format_LI_;
import gojc.runtime.iface.M_GoString__L;
import gojc.runtime.iface.M_String__L;
import gojc.runtime.map.GoMap;
import gojc.runtime.type.Dynamic;
import gojc.runtime.type.GoType;
import gojc.runtime.type.Typed;
import gojc.runtime.slice.ByteSlice;

final class Values {
    private final Printer p;
    private final Format f;

    Values(Printer p) {
        this.p = p;
        this.f = p.f;
    }

    /** The value of any Go integer operand, or null if the operand is not an integer. */
    static Long integerValue(Object o) {
        // instanceof tests rather than a pattern switch: its bootstrap would cost start-up
        if (o instanceof Long n) return n;
        if (o instanceof Integer n) return (long) n;
        if (o instanceof Short n) return (long) n;
        if (o instanceof Byte n) return (long) n;
        if (o instanceof Int64 n) return n.v();
        if (o instanceof Uint n) return n.v();
        if (o instanceof Uint64 n) return n.v();
        if (o instanceof Uintptr n) return n.v();
        if (o instanceof Uint32 n) return n.v() & 0xFFFFFFFFL;
        if (o instanceof Uint16 n) return (long) n.v();
        if (o instanceof Uint8 n) return (long) n.v();
        return null;
    }

    void printArg(Object arg, int verb) {
        p.arg = arg;
        p.value = null;
        p.valueType = null;
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                f.pad("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        if (verb == 'T') {
            f.fmtS(GoString.of(TypeNames.of(arg)));
            return;
        }
        GoType t = Dynamic.typeOf(arg);
        if (verb == 'p') {
            if (t == null) {
                badVerb(verb);
            } else {
                fmtPointer(Dynamic.valueOf(arg), t, verb);
            }
            return;
        }
        // instanceof tests rather than a pattern switch: its bootstrap would cost start-up
        if (arg instanceof Boolean b) fmtBool(b, verb);
        else if (arg instanceof Float x) fmtFloat(x, 32, verb);
        else if (arg instanceof Double x) fmtFloat(x, 64, verb);
        else if (arg instanceof gojc.runtime.Complex64 x) fmtComplex(x.re, x.im, 64, verb);
        else if (arg instanceof gojc.runtime.Complex128 x) fmtComplex(x.re, x.im, 128, verb);
        else if (arg instanceof Long n) fmtInteger(n, true, verb);
        else if (arg instanceof Integer n) fmtInteger(n, true, verb);
        else if (arg instanceof Short n) fmtInteger(n, true, verb);
        else if (arg instanceof Byte n) fmtInteger(n, true, verb);
        else if (arg instanceof Int64 n) fmtInteger(n.v(), true, verb);
        else if (arg instanceof Uint n) fmtInteger(n.v(), false, verb);
        else if (arg instanceof Uint64 n) fmtInteger(n.v(), false, verb);
        else if (arg instanceof Uintptr n) fmtInteger(n.v(), false, verb);
        else if (arg instanceof Uint32 n) fmtInteger(n.v() & 0xFFFFFFFFL, false, verb);
        else if (arg instanceof Uint16 n) fmtInteger(n.v(), false, verb);
        else if (arg instanceof Uint8 n) fmtInteger(n.v(), false, verb);
        else if (arg instanceof GoString s) fmtString(s, verb);
        else if (arg instanceof Typed b && isByteSlice(b.type)) fmtBytes(Walk.bytes(b.value), b.value == null, verb, "[]byte");
        else if (!handleMethods(verb, t)) {
            if (arg instanceof gojc.runtime.lib.errors.ErrorString e) {
                // Go's *errors.errorString, a pointer to struct{ s string }, as %v shows it
                // when its Error method is not called (a bad %w, say).
                fmtErrorString(e, verb);
            } else if (t == null) {
                // A runtime-internal object without a descriptor.
                f.pad(String.valueOf(arg));
            } else {
                printValue(Walk.norm(arg, t), t, verb, 0, true);
            }
        }
    }

    /**
     * Go's *errors.errorString, a pointer to struct{ s string }, as printValue shows it when its
     * Error method is not called (%#v, a bad %w, a verb such as %d): the field formatted with the
     * verb, as the argument of any bad-verb text.
     */
    private void fmtErrorString(gojc.runtime.lib.errors.ErrorString e, int verb) {
        if (f.sharpV) {
            p.buf.add("&errors.errorString{s:");
        } else {
            p.buf.add(f.plusV ? "&{s:" : "&{");
        }
        Object saved = p.arg;
        p.arg = e.text();
        fmtString(e.text(), verb);
        p.arg = saved;
        p.buf.add('}');
    }

    private static boolean isByteSlice(GoType t) {
        return t.kind == GoType.Kind.SLICE && !t.named() && t.elem == GoType.UINT8;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            f.fmtBoolean(v);
        } else {
            badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> f.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G' -> f.fmtFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> f.fmtFloat(v, size, (char) verb, 6);
            case 'F' -> f.fmtFloat(v, size, 'f', 6);
            default -> badVerb(verb);
        }
    }

    /** Each part as a float of half the size; the imaginary part always signed. */
    private void fmtComplex(double re, double im, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'f', 'F', 'e', 'E' -> {
                boolean oldPlus = f.plus;
                f.buf.add('(');
                fmtFloat(re, size / 2, verb);
                f.plus = true;
                fmtFloat(im, size / 2, verb);
                f.buf.add("i)");
                f.plus = oldPlus;
            }
            default -> badVerb(verb);
        }
    }

    private void fmtInteger(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    f.fmtInteger(v, 10, signed, (char) verb, Format.LDIGITS);
                }
            }
            case 'd' -> f.fmtInteger(v, 10, signed, 'd', Format.LDIGITS);
            case 'b' -> f.fmtInteger(v, 2, signed, 'b', Format.LDIGITS);
            case 'o', 'O' -> f.fmtInteger(v, 8, signed, (char) verb, Format.LDIGITS);
            case 'x' -> f.fmtInteger(v, 16, signed, 'x', Format.LDIGITS);
            case 'X' -> f.fmtInteger(v, 16, signed, 'X', Format.UDIGITS);
            case 'c' -> f.fmtC(v);
            case 'q' -> f.fmtQc(v);
            case 'U' -> f.fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private void fmt0x64(long v, boolean leading0x) {
        boolean sharp = f.sharp;
        f.sharp = leading0x;
        f.fmtInteger(v, 16, false, 'v', Format.LDIGITS);
        f.sharp = sharp;
    }

    private void fmtString(GoString s, int verb) {
        byte[] b = s.toByteArray();
        fmtBytesAsString(b, verb, false);
    }

    private void fmtBytesAsString(byte[] b, int verb, boolean fromBytes) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    f.fmtQ(b, 0, b.length);
                } else {
                    f.fmtS(b, 0, b.length);
                }
            }
            case 's' -> f.fmtS(b, 0, b.length);
            case 'x' -> f.fmtSbx(b, 0, b.length, Format.LDIGITS);
            case 'X' -> f.fmtSbx(b, 0, b.length, Format.UDIGITS);
            case 'q' -> f.fmtQ(b, 0, b.length);
            default -> badVerb(verb);
        }
    }

    private void fmtBytes(byte[] b, boolean nil, int verb, String typeString) {
        switch (verb) {
            case 'v', 'd' -> {
                if (f.sharpV) {
                    p.buf.add(typeString);
                    if (nil) {
                        p.buf.add("(nil)");
                        return;
                    }
                    p.buf.add('{');
                    for (int i = 0; i < b.length; i++) {
                        if (i > 0) {
                            p.buf.add(", ");
                        }
                        fmt0x64(b[i] & 0xFF, true);
                    }
                    p.buf.add('}');
                    return;
                }
                p.buf.add('[');
                for (int i = 0; i < b.length; i++) {
                    if (i > 0) {
                        p.buf.add(' ');
                    }
                    f.fmtInteger(b[i] & 0xFF, 10, false, (char) verb, Format.LDIGITS);
                }
                p.buf.add(']');
            }
            case 's', 'x', 'X', 'q' -> fmtBytesAsString(b, verb, true);
            default -> printValue(ByteSlice.of(b), GoType.parse(Values.class, "[buint8;"), verb, 0, true);
        }
    }

    private void fmtPointer(Object v, GoType t, int verb) {
        long u;
        switch (t.kind) {
            case CHAN, FUNC, MAP, POINTER, SLICE, UNSAFE_POINTER -> u = Addresses.of(v);
            default -> {
                badVerb(verb);
                return;
            }
        }
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    p.buf.add('(').add(t.toString()).add(")(");
                    if (u == 0) {
                        p.buf.add("nil");
                    } else {
                        fmt0x64(u, true);
                    }
                    p.buf.add(')');
                } else if (u == 0) {
                    f.pad("<nil>");
                } else {
                    fmt0x64(u, !f.sharp);
                }
            }
            case 'p' -> fmt0x64(u, !f.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(u, false, verb);
            default -> badVerb(verb);
        }
    }

    /** Whether arg (of dynamic type t) has method name: a struct value has only its value methods. */
    private static boolean has(Object arg, GoType t, Class<?> iface, String name) {
        if (!iface.isInstance(arg)) {
            return false;
        }
        return t == null || t.kind != GoType.Kind.STRUCT || !t.named() || t.methods.contains(name);
    }

    /** error, Stringer and GoStringer operands format through their method (p.arg, of type t). */
    private boolean handleMethods(int verb, GoType t) {
        if (p.erroring) {
            return false;
        }
        Object arg = p.arg;
        if (verb == 'w') {
            if (!has(arg, t, M_Error__L.class, "Error") || !p.wrapErrs || p.wrappedErr != null) {
                p.wrappedErr = null;
                p.wrapErrs = false;
                badVerb(verb);
                return true;
            }
            p.wrappedErr = arg;
            verb = 'v';
        }
        if (has(arg, t, M_Format_LI_.class, "Format")) {
            try {
                ((M_Format_LI_) arg).Format(new State(p), verb);
            } catch (RuntimeException ex) {
                catchPanic(arg, verb, "Format", ex);
            }
            return true;
        }
        if (f.sharpV) {
            if (has(arg, t, M_GoString__L.class, "GoString")) {
                try {
                    f.fmtS((GoString) ((M_GoString__L) arg).GoString());
                } catch (RuntimeException ex) {
                    catchPanic(arg, verb, "GoString", ex);
                }
                return true;
            }
            return false;
        }
        if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') {
            return false;
        }
        if (has(arg, t, M_Error__L.class, "Error")) {
            try {
                fmtString((GoString) ((M_Error__L) arg).Error(), verb);
            } catch (RuntimeException ex) {
                catchPanic(arg, verb, "Error", ex);
            }
            return true;
        }
        if (has(arg, t, M_String__L.class, "String")) {
            try {
                fmtString((GoString) ((M_String__L) arg).String(), verb);
            } catch (RuntimeException ex) {
                catchPanic(arg, verb, "String", ex);
            }
            return true;
        }
        return false;
    }

    private void catchPanic(Object arg, int verb, String method, RuntimeException ex) {
        GoType t = Dynamic.typeOf(arg);
        if (t != null && t.kind == GoType.Kind.POINTER && Dynamic.valueOf(arg) == null) {
            // A nil receiver panicking prints as <nil>, as Go does.
            p.buf.add("<nil>");
            return;
        }
        Object v = GoPanic.valueOf(ex);
        p.buf.add("%!").addRune(verb).add("(PANIC=").add(method).add(" method: ");
        boolean was = p.erroring;
        p.erroring = true;
        printArg(v, 'v');
        p.erroring = was;
        p.buf.add(')');
    }

    /**
     * Go's printValue: v (walk form) of type t; methods are honoured below the top level when the
     * value was reached through exported fields only (reflect's CanInterface).
     */
    void printValue(Object v, GoType t, int verb, int depth, boolean canIface) {
        if (depth > 0 && canIface && Walk.mayHaveMethods(t)) {
            Object iface = Walk.toIface(v, t);
            if (iface != null) {
                p.arg = iface;
                GoType dt = t.kind == GoType.Kind.INTERFACE ? Dynamic.typeOf(iface) : t;
                if (handleMethods(verb, dt)) {
                    return;
                }
            }
        }
        p.arg = null;
        p.value = v;
        p.valueType = t;
        switch (t.kind) {
            case BOOL -> fmtBool((Boolean) v, verb);
            case INT, INT8, INT16, INT32, INT64 -> fmtInteger((Long) v, true, verb);
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> fmtInteger((Long) v, false, verb);
            case FLOAT32 -> fmtFloat((Double) v, 32, verb);
            case FLOAT64 -> fmtFloat((Double) v, 64, verb);
            case COMPLEX64 -> fmtComplex(((gojc.runtime.Complex128) v).re, ((gojc.runtime.Complex128) v).im, 64, verb);
            case COMPLEX128 -> fmtComplex(((gojc.runtime.Complex128) v).re, ((gojc.runtime.Complex128) v).im, 128, verb);
            case STRING -> fmtString((GoString) v, verb);
            case MAP -> printMap((GoMap) v, t, verb, depth, canIface);
            case STRUCT -> {
                if (f.sharpV) {
                    p.buf.add(t.toString());
                }
                p.buf.add('{');
                for (int i = 0; i < t.fields.size(); i++) {
                    GoType.Field fd = t.fields.get(i);
                    if (i > 0) {
                        p.buf.add(f.sharpV ? ", " : " ");
                    }
                    if (f.plusV || f.sharpV) {
                        p.buf.add(fd.name()).add(':');
                    }
                    Object fv = Walk.field(v, fd);
                    boolean acc = canIface && fd.exported();
                    if (fd.type().kind == GoType.Kind.INTERFACE && fv != null) {
                        printIface(fv, verb, depth + 1, acc);
                    } else {
                        printValue(fv, fd.type(), verb, depth + 1, acc);
                    }
                }
                p.buf.add('}');
            }
            case INTERFACE -> {
                if (v == null) {
                    if (f.sharpV) {
                        p.buf.add(t.toString()).add("(nil)");
                    } else {
                        p.buf.add("<nil>");
                    }
                } else {
                    printIface(v, verb, depth + 1, canIface);
                }
            }
            case ARRAY, SLICE -> {
                if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t.elem.kind == GoType.Kind.UINT8) {
                    fmtBytes(Walk.bytes(v), v == null, verb, t.toString());
                    return;
                }
                int n = Walk.len(v);
                if (f.sharpV) {
                    p.buf.add(t.toString());
                    if (t.kind == GoType.Kind.SLICE && v == null) {
                        p.buf.add("(nil)");
                        return;
                    }
                    p.buf.add('{');
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            p.buf.add(", ");
                        }
                        printValue(Walk.index(v, i, t.elem), t.elem, verb, depth + 1, canIface);
                    }
                    p.buf.add('}');
                } else {
                    p.buf.add('[');
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            p.buf.add(' ');
                        }
                        printValue(Walk.index(v, i, t.elem), t.elem, verb, depth + 1, canIface);
                    }
                    p.buf.add(']');
                }
            }
            case POINTER -> {
                if (depth == 0 && v != null) {
                    switch (t.elem.kind) {
                        case ARRAY, SLICE, STRUCT, MAP -> {
                            p.buf.add('&');
                            printValue(Walk.deref(v, t), t.elem, verb, depth + 1, canIface);
                            return;
                        }
                        default -> { }
                    }
                }
                fmtPointer(v, t, verb);
            }
            case CHAN, FUNC, UNSAFE_POINTER -> fmtPointer(v, t, verb);
            default -> f.pad(String.valueOf(v));
        }
    }

    /** A non-nil interface value reached inside another value. */
    private void printIface(Object x, int verb, int depth, boolean canIface) {
        GoType dt = Dynamic.typeOf(x);
        if (dt == null) {
            p.arg = x;
            if (!canIface || !handleMethods(verb, null)) {
                f.pad(String.valueOf(x));
            }
            return;
        }
        if (canIface && !Walk.mayHaveMethods(dt) && (x instanceof M_Error__L || x instanceof M_String__L)) {
            p.arg = x;
            if (handleMethods(verb, dt)) {
                return;
            }
        }
        printValue(Walk.norm(x, dt), dt, verb, depth, canIface);
    }

    private void printMap(GoMap m, GoType t, int verb, int depth, boolean canIface) {
        if (f.sharpV) {
            p.buf.add(t.toString());
            if (m == null) {
                p.buf.add("(nil)");
                return;
            }
            p.buf.add('{');
        } else {
            p.buf.add("map[");
        }
        java.util.List<Object[]> entries = new java.util.ArrayList<>();
        if (m != null) {
            GoMap.Iter it = GoMap.iter(m);
            while (it.next()) {
                entries.add(new Object[] {Walk.norm(it.key(), t.key), Walk.norm(it.value(), t.elem)});
            }
        }
        // a named comparator, not a lambda: its bootstrap would cost the first map printed
        entries.sort(new MapSort.ByKey(t.key));
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                p.buf.add(f.sharpV ? ", " : " ");
            }
            printValue(entries.get(i)[0], t.key, verb, depth + 1, canIface);
            p.buf.add(':');
            printValue(entries.get(i)[1], t.elem, verb, depth + 1, canIface);
        }
        p.buf.add(f.sharpV ? '}' : ']');
    }

    /** %!verb(type=value), or %!verb(<nil>). */
    void badVerb(int verb) {
        p.erroring = true;
        p.buf.add("%!").addRune(verb).add('(');
        Object arg = p.arg;
        if (arg != null) {
            p.buf.add(TypeNames.of(arg)).add('=');
            printArg(arg, 'v');
        } else if (p.valueType != null) {
            p.buf.add(p.valueType.toString()).add('=');
            printValue(p.value, p.valueType, 'v', 0, false);
        } else {
            p.buf.add("<nil>");
        }
        p.buf.add(')');
        p.erroring = false;
    }
}
