// Package fmt's functions bound from goruntime/src/main/go/fmt/fmt.go (bodyless declarations).
// Printing goes through Printer; output to stdout through the runtime's buffered Stdout.
package gojc.runtime.lib.fmt;

import gojc.runtime.GoString;
import gojc.runtime.Stdout;
import gojc.runtime.slice.Slice;
import gojc.runtime.tuple.T_JL;

public final class Fmt {
    private Fmt() {}

    public static T_JL Println(Slice a) {
        Printer p = new Printer();
        p.doPrintln(Printer.args(a));
        return write(p);
    }

    public static T_JL Print(Slice a) {
        Printer p = new Printer();
        p.doPrint(Printer.args(a));
        return write(p);
    }

    public static T_JL Printf(GoString format, Slice a) {
        Printer p = new Printer();
        p.doPrintf(format, Printer.args(a));
        return write(p);
    }

    public static GoString Sprintln(Slice a) {
        Printer p = new Printer();
        p.doPrintln(Printer.args(a));
        return p.buf.toGoString();
    }

    public static GoString Sprint(Slice a) {
        Printer p = new Printer();
        p.doPrint(Printer.args(a));
        return p.buf.toGoString();
    }

    public static GoString Sprintf(GoString format, Slice a) {
        Printer p = new Printer();
        p.doPrintf(format, Printer.args(a));
        return p.buf.toGoString();
    }

    /** Errorf: the message formatted as Sprintf with %w accepted for one error operand. */
    public static Object Errorf(GoString format, Slice a) {
        Printer p = new Printer();
        p.wrapErrs = true;
        p.doPrintf(format, Printer.args(a));
        if (p.wrappedErr == null) {
            // No %w operand, or a misused one (two %w, or a non-error): Go 1.19 returns a plain
            // errors.New error then.
            return new gojc.runtime.lib.errors.ErrorString(p.buf.toGoString());
        }
        return new WrapError(p.buf.toGoString(), p.wrappedErr);
    }

    private static T_JL write(Printer p) {
        Stdout.write(p.buf.array(), 0, p.buf.length());
        return new T_JL(p.buf.length(), null);
    }

    // Scanning into pointers to named types (fmt/scanvalue.go); the logic is in Scan.

    public static long elemKind(Object p) {
        return Scan.elemKind(p);
    }

    public static void setInt(Object p, long v) {
        Scan.setInt(p, v);
    }

    public static void setFloat(Object p, double v) {
        Scan.setFloat(p, v);
    }

    public static void setComplex(Object p, gojc.runtime.Complex128 v) {
        Scan.setComplex(p, v);
    }

    public static void setString(Object p, GoString v) {
        Scan.setRef(p, v);
    }

    public static void setBytes(Object p, gojc.runtime.slice.ByteSlice v) {
        Scan.setRef(p, v);
    }

    public static void setBool(Object p, boolean v) {
        Scan.setBool(p, v);
    }
}
