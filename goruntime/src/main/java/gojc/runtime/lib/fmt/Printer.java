// Go's fmt printer (pp): walks a format string or an operand list, picks the formatter for each
// operand's dynamic type, and writes Go's diagnostics for misuse (%!d(string=hi), %!d(MISSING),
// %!(EXTRA ...), %!(NOVERB), %!v(BADINDEX)) exactly where Go writes them.
package gojc.runtime.lib.fmt;

import gojc.runtime.Buf;
import gojc.runtime.GoString;
import gojc.runtime.Utf8;
import gojc.runtime.slice.Slice;

final class Printer {
    final Buf buf = new Buf();
    final Format f = new Format(buf);
    final Values values = new Values(this);
    Object arg;
    /** The value being printed below the top level (walk form) and its type, for badVerb. */
    Object value;
    gojc.runtime.type.GoType valueType;
    boolean reordered;
    boolean goodArgNum;
    boolean wrapErrs;
    Object wrappedErr;
    boolean erroring;

    static Object[] args(Slice a) {
        if (a == null || a.len == 0) {
            return new Object[0];
        }
        Object[] r = new Object[a.len];
        System.arraycopy(a.array, a.off, r, 0, a.len);
        return r;
    }

    void doPrintln(Object[] a) {
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                buf.add(' ');
            }
            values.printArg(a[i], 'v');
        }
        buf.add('\n');
    }

    void doPrint(Object[] a) {
        boolean prevString = false;
        for (int i = 0; i < a.length; i++) {
            boolean isString = a[i] instanceof GoString;
            if (i > 0 && !isString && !prevString) {
                buf.add(' ');
            }
            values.printArg(a[i], 'v');
            prevString = isString;
        }
    }

    void doPrintf(GoString fmtString, Object[] a) {
        byte[] format = fmtString.toByteArray();
        int end = format.length;
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format[i] != '%') {
                i++;
            }
            if (i > lasti) {
                buf.add(format, lasti, i - lasti);
            }
            if (i >= end) {
                break;
            }
            i++;
            f.clearFlags();
            simple:
            for (; i < end; i++) {
                int c = format[i];
                switch (c) {
                    case '#' -> f.sharp = true;
                    case '0' -> f.zero = !f.minus;
                    case '+' -> f.plus = true;
                    case '-' -> {
                        f.minus = true;
                        f.zero = false;
                    }
                    case ' ' -> f.space = true;
                    default -> {
                        if ('a' <= c && c <= 'z' && argNum < a.length) {
                            if (c == 'v') {
                                f.sharpV = f.sharp;
                                f.sharp = false;
                                f.plusV = f.plus;
                                f.plus = false;
                            }
                            values.printArg(a[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simple;
                    }
                }
            }

            long r = argNumber(argNum, format, i, a.length);
            argNum = (int) (r >> 32);
            i = (int) r & 0x7FFFFFFF;
            afterIndex = lastAfterIndex;

            if (i < end && format[i] == '*') {
                i++;
                argNum = intFromArg(a, argNum);
                f.wid = lastInt;
                f.widPresent = lastIsInt;
                if (!f.widPresent) {
                    buf.add("%!(BADWIDTH)");
                }
                if (f.wid < 0) {
                    f.wid = -f.wid;
                    f.minus = true;
                    f.zero = false;
                }
                afterIndex = false;
            } else {
                i = parsenum(format, i, end);
                f.wid = lastInt;
                f.widPresent = lastIsInt;
                if (afterIndex && f.widPresent) {
                    goodArgNum = false;
                }
            }

            if (i + 1 < end && format[i] == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                r = argNumber(argNum, format, i, a.length);
                argNum = (int) (r >> 32);
                i = (int) r & 0x7FFFFFFF;
                afterIndex = lastAfterIndex;
                if (i < end && format[i] == '*') {
                    i++;
                    argNum = intFromArg(a, argNum);
                    f.prec = lastInt;
                    f.precPresent = lastIsInt;
                    if (f.prec < 0) {
                        f.prec = 0;
                        f.precPresent = false;
                    }
                    if (!f.precPresent) {
                        buf.add("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    i = parsenum(format, i, end);
                    f.prec = lastInt;
                    f.precPresent = lastIsInt;
                    if (!f.precPresent) {
                        f.prec = 0;
                        f.precPresent = true;
                    }
                }
            }

            if (!afterIndex) {
                r = argNumber(argNum, format, i, a.length);
                argNum = (int) (r >> 32);
                i = (int) r & 0x7FFFFFFF;
            }

            if (i >= end) {
                buf.add("%!(NOVERB)");
                break;
            }

            int verb = format[i] & 0xFF;
            int size = 1;
            if (verb >= 0x80) {
                long d = Utf8.decode(format, i, end);
                verb = (int) d;
                size = (int) (d >>> 32);
            }
            i += size;

            if (verb == '%') {
                buf.add('%');
            } else if (!goodArgNum) {
                bad(verb, "BADINDEX");
            } else if (argNum >= a.length) {
                bad(verb, "MISSING");
            } else {
                if (verb == 'v') {
                    f.sharpV = f.sharp;
                    f.sharp = false;
                    f.plusV = f.plus;
                    f.plus = false;
                }
                values.printArg(a[argNum], verb);
                argNum++;
            }
        }

        if (!reordered && argNum < a.length) {
            f.clearFlags();
            buf.add("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) {
                    buf.add(", ");
                }
                if (a[k] == null) {
                    buf.add("<nil>");
                } else {
                    buf.add(TypeNames.of(a[k]));
                    buf.add('=');
                    values.printArg(a[k], 'v');
                }
            }
            buf.add(')');
        }
    }

    private void bad(int verb, String what) {
        buf.add("%!").addRune(verb).add('(').add(what).add(')');
    }

    // Results of the small parsers below, in Go's multi-result style.
    private int lastInt;
    private boolean lastIsInt;
    private boolean lastAfterIndex;

    /** Parses digits at s[start:end]; sets lastInt/lastIsInt and returns the new index. */
    private int parsenum(byte[] s, int start, int end) {
        lastInt = 0;
        lastIsInt = false;
        if (start >= end) {
            return end;
        }
        int i = start;
        int num = 0;
        for (; i < end && '0' <= s[i] && s[i] <= '9'; i++) {
            if (num > 1_000_000) {
                lastInt = 0;
                lastIsInt = false;
                return end;
            }
            num = num * 10 + (s[i] - '0');
            lastIsInt = true;
        }
        lastInt = num;
        return i;
    }

    /** An explicit [n] argument index at format[i]: returns argNum << 32 | newIndex. */
    private long argNumber(int argNum, byte[] format, int i, int numArgs) {
        lastAfterIndex = false;
        if (i >= format.length || format[i] != '[') {
            return (long) argNum << 32 | i;
        }
        reordered = true;
        // parseArgNumber
        int index = 0;
        int wid = 1;
        boolean ok = false;
        if (format.length - i >= 3) {
            for (int k = i + 1; k < format.length; k++) {
                if (format[k] == ']') {
                    int newi = parsenum(format, i + 1, k);
                    if (!lastIsInt || newi != k) {
                        wid = k - i + 1;
                        ok = false;
                    } else {
                        index = lastInt - 1;
                        wid = k - i + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        lastAfterIndex = ok;
        if (ok && 0 <= index && index < numArgs) {
            return (long) index << 32 | (i + wid);
        }
        goodArgNum = false;
        return (long) argNum << 32 | (i + wid);
    }

    /** The int operand for '*'; sets lastInt/lastIsInt and returns the next argument number. */
    private int intFromArg(Object[] a, int argNum) {
        lastInt = 0;
        lastIsInt = false;
        if (argNum < a.length) {
            Long n = Values.integerValue(a[argNum]);
            if (n != null) {
                lastInt = n.intValue();
                lastIsInt = n == lastInt;
            }
            if (lastInt > 1_000_000 || lastInt < -1_000_000) {
                lastInt = 0;
                lastIsInt = false;
            }
            return argNum + 1;
        }
        return argNum;
    }
}
