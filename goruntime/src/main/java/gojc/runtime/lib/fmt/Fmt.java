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
        return new WrapError(p.buf.toGoString(), p.wrappedErr);
    }

    private static T_JL write(Printer p) {
        Stdout.write(p.buf.array(), 0, p.buf.length());
        return new T_JL(p.buf.length(), null);
    }

    // Scanning (fmt/scan.go); the logic is in Scan.

    public static long scanKind(Object p) {
        return Scan.kind(p);
    }

    public static void storeInt(Object p, long v) {
        Scan.storeInt(p, v);
    }

    public static void storeFloat(Object p, double v) {
        Scan.storeFloat(p, v);
    }

    public static void storeString(Object p, GoString v) {
        ((gojc.runtime.ptr.Ptr) p).setL(v);
    }

    public static void storeBool(Object p, boolean v) {
        ((gojc.runtime.ptr.Ptr) p).setZ(v);
    }
}
