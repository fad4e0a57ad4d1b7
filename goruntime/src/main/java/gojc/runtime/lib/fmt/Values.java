// Printing one operand by its dynamic type, as Go's printArg / handleMethods / printValue do:
// basic values by their formatter, errors and Stringers by their method (for %v %s %x %X %q),
// slices element by element, and %!verb(type=value) for a verb the type does not take.
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
import gojc.runtime.iface.M_String__L;
import gojc.runtime.slice.BoolSlice;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.slice.CharSlice;
import gojc.runtime.slice.DoubleSlice;
import gojc.runtime.slice.FloatSlice;
import gojc.runtime.slice.IntSlice;
import gojc.runtime.slice.LongSlice;
import gojc.runtime.slice.ShortSlice;
import gojc.runtime.slice.Slice;

final class Values {
    private final Printer p;
    private final Format f;

    Values(Printer p) {
        this.p = p;
        this.f = p.f;
    }

    /** The value of any Go integer operand, or null if the operand is not an integer. */
    static Long integerValue(Object o) {
        return switch (o) {
            case Long n -> n;
            case Integer n -> (long) n;
            case Short n -> (long) n;
            case Byte n -> (long) n;
            case Int64 n -> n.v();
            case Uint n -> n.v();
            case Uint64 n -> n.v();
            case Uintptr n -> n.v();
            case Uint32 n -> n.v() & 0xFFFFFFFFL;
            case Uint16 n -> (long) n.v();
            case Uint8 n -> (long) n.v();
            case null, default -> null;
        };
    }

    void printArg(Object arg, int verb) {
        p.arg = arg;
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
        if (verb == 'p') {
            fmtPointer(arg, verb);
            return;
        }
        switch (arg) {
            case Boolean b -> fmtBool(b, verb);
            case Float x -> fmtFloat(x, 32, verb);
            case Double x -> fmtFloat(x, 64, verb);
            case Long n -> fmtInteger(n, true, verb);
            case Integer n -> fmtInteger(n, true, verb);
            case Short n -> fmtInteger(n, true, verb);
            case Byte n -> fmtInteger(n, true, verb);
            case Int64 n -> fmtInteger(n.v(), true, verb);
            case Uint n -> fmtInteger(n.v(), false, verb);
            case Uint64 n -> fmtInteger(n.v(), false, verb);
            case Uintptr n -> fmtInteger(n.v(), false, verb);
            case Uint32 n -> fmtInteger(n.v() & 0xFFFFFFFFL, false, verb);
            case Uint16 n -> fmtInteger(n.v(), false, verb);
            case Uint8 n -> fmtInteger(n.v(), false, verb);
            case GoString s -> fmtString(s, verb);
            case ByteSlice b -> fmtBytes(b, verb);
            default -> {
                if (!handleMethods(verb)) {
                    printValue(arg, verb, 0);
                }
            }
        }
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
            case 'g', 'G' -> f.fmtFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> f.fmtFloat(v, size, (char) verb, 6);
            case 'F' -> f.fmtFloat(v, size, 'f', 6);
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

    private void fmtBytes(ByteSlice s, int verb) {
        if (verb == 'v' || verb == 'd') {
            if (f.sharpV) {
                if (s == ByteSlice.NIL) {
                    p.buf.add("[]byte(nil)");
                    return;
                }
                p.buf.add("[]byte{");
                for (int i = 0; i < s.len; i++) {
                    if (i > 0) {
                        p.buf.add(", ");
                    }
                    fmt0x64(s.array[s.off + i] & 0xFF, true);
                }
                p.buf.add('}');
                return;
            }
            p.buf.add('[');
            for (int i = 0; i < s.len; i++) {
                if (i > 0) {
                    p.buf.add(' ');
                }
                f.fmtInteger(s.array[s.off + i] & 0xFF, 10, false, (char) verb, Format.LDIGITS);
            }
            p.buf.add(']');
            return;
        }
        if (verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
            byte[] b = new byte[s.len];
            if (s.len > 0) {
                System.arraycopy(s.array, s.off, b, 0, s.len);
            }
            fmtBytesAsString(b, verb, true);
            return;
        }
        printValue(s, verb, 0);
    }

    private void fmtPointer(Object v, int verb) {
        // The JVM has no addresses; an identity hash in gc's heap-address style stands in.
        long u = 0xc000000000L + ((System.identityHashCode(v) & 0xFFFFFFFL) << 3);
        switch (verb) {
            case 'v', 'p' -> fmt0x64(u, !f.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(u, false, verb);
            default -> badVerb(verb);
        }
    }

    /** error and Stringer operands format through their method for the string verbs. */
    private boolean handleMethods(int verb) {
        if (p.erroring) {
            return false;
        }
        Object arg = p.arg;
        if (verb == 'w') {
            if (!(arg instanceof M_Error__L) || !p.wrapErrs || p.wrappedErr != null) {
                p.wrappedErr = null;
                p.wrapErrs = false;
                badVerb(verb);
                return true;
            }
            p.wrappedErr = arg;
            verb = 'v';
        }
        if (f.sharpV) {
            return false;
        }
        if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') {
            return false;
        }
        if (arg instanceof M_Error__L e) {
            try {
                fmtString((GoString) e.Error(), verb);
            } catch (RuntimeException ex) {
                catchPanic(arg, verb, "Error", ex);
            }
            return true;
        }
        if (arg instanceof M_String__L s) {
            try {
                fmtString((GoString) s.String(), verb);
            } catch (RuntimeException ex) {
                catchPanic(arg, verb, "String", ex);
            }
            return true;
        }
        return false;
    }

    private void catchPanic(Object arg, int verb, String method, RuntimeException ex) {
        Object v = GoPanic.valueOf(ex);
        p.buf.add("%!").addRune(verb).add("(PANIC=").add(method).add(" method: ");
        boolean was = p.erroring;
        p.erroring = true;
        printArg(v, 'v');
        p.erroring = was;
        p.buf.add(')');
    }

    /** Composite values; elements print with the same verb. */
    void printValue(Object v, int verb, int depth) {
        if (depth > 0) {
            printArg(v, verb);
            return;
        }
        Object[] elems = elements(v);
        if (elems == null) {
            // Types without a runtime descriptor yet print through the JVM.
            f.pad(String.valueOf(v));
            return;
        }
        if (f.sharpV) {
            p.buf.add(TypeNames.of(v));
            if (isNilSlice(v)) {
                p.buf.add("(nil)");
                return;
            }
            p.buf.add('{');
            for (int i = 0; i < elems.length; i++) {
                if (i > 0) {
                    p.buf.add(", ");
                }
                printValue(elems[i], verb, depth + 1);
            }
            p.buf.add('}');
            return;
        }
        p.buf.add('[');
        for (int i = 0; i < elems.length; i++) {
            if (i > 0) {
                p.buf.add(' ');
            }
            printValue(elems[i], verb, depth + 1);
        }
        p.buf.add(']');
    }

    private static boolean isNilSlice(Object v) {
        return v == LongSlice.NIL || v == IntSlice.NIL || v == ShortSlice.NIL || v == CharSlice.NIL || v == ByteSlice.NIL
            || v == BoolSlice.NIL || v == FloatSlice.NIL || v == DoubleSlice.NIL || v == Slice.NIL;
    }

    /** A slice's elements boxed as their Go element type; null if v is not a slice. */
    static Object[] elements(Object v) {
        return switch (v) {
            case LongSlice s -> box(s.len, i -> s.array[s.off + i]);
            case IntSlice s -> box(s.len, i -> s.array[s.off + i]);
            case ShortSlice s -> box(s.len, i -> s.array[s.off + i]);
            case CharSlice s -> box(s.len, i -> Uint16.valueOf(s.array[s.off + i]));
            case ByteSlice s -> box(s.len, i -> Uint8.valueOf(s.array[s.off + i] & 0xFF));
            case BoolSlice s -> box(s.len, i -> s.array[s.off + i]);
            case FloatSlice s -> box(s.len, i -> s.array[s.off + i]);
            case DoubleSlice s -> box(s.len, i -> s.array[s.off + i]);
            case Slice s -> box(s.len, i -> s.array[s.off + i]);
            default -> null;
        };
    }

    private static Object[] box(int n, java.util.function.IntFunction<Object> get) {
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) {
            r[i] = get.apply(i);
        }
        return r;
    }

    /** %!verb(type=value), or %!verb(<nil>). */
    void badVerb(int verb) {
        p.erroring = true;
        p.buf.add("%!").addRune(verb).add('(');
        Object arg = p.arg;
        if (arg != null) {
            p.buf.add(TypeNames.of(arg)).add('=');
            printArg(arg, 'v');
        } else {
            p.buf.add("<nil>");
        }
        p.buf.add(')');
        p.erroring = false;
    }
}
