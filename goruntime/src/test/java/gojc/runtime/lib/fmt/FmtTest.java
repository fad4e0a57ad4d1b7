// fmt against the real Go toolchain: every expected line below is what Go 1.19 prints for the
// same format and operands (floats, integers, strings, slices, errors, misuse diagnostics).
package gojc.runtime.lib.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gojc.runtime.GoString;
import gojc.runtime.box.Uint;
import gojc.runtime.box.Uint32;
import gojc.runtime.box.Uint64;
import gojc.runtime.box.Uint8;
import gojc.runtime.box.Int64;
import gojc.runtime.lib.errors.Errors;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.slice.LongSlice;
import gojc.runtime.slice.Slice;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FmtTest {
    static GoString s(String v) {
        return GoString.of(v);
    }

    static String sprintf(String format, Object... args) {
        return Fmt.Sprintf(s(format), Slice.of(args)).toString();
    }

    /** A slice in an interface, as codegen boxes it: with its type descriptor. */
    private static Object typed(String enc, Object v) {
        return gojc.runtime.type.Typed.of(v, gojc.runtime.type.GoType.parse(FmtTest.class, enc));
    }

    static String sprint(Object... args) {
        return Fmt.Sprint(Slice.of(args)).toString();
    }

    static String sprintln(Object... args) {
        return Fmt.Sprintln(Slice.of(args)).toString();
    }

    @Test
    void floats() {
        double[] fs = {3.14, 1e21, 1e20, 1e-5, 123456.789, 1e6, 100000, 0, 2.5, 1.0 / 3, 123456789, 1e-4, 0.0, 0.3 /* Go folds the constant 0.1 + 0.2 exactly */,
            5e-324, 1.7976931348623157e308};
        String[] want = {
            "3.14|3.14|3.140000e+00|3.140000|3.14|   3.140|3.14e+00|+3.14|3.14|3.14|3.14000|3.140000E+00",
            "1e+21|1e+21|1.000000e+21|1000000000000000000000.000000|1000000000000000000000.00|1000000000000000000000.000|1.00e+21|+1e+21|1E+21|1e+21|1.00000e+21|1.000000E+21",
            "1e+20|1e+20|1.000000e+20|100000000000000000000.000000|100000000000000000000.00|100000000000000000000.000|1.00e+20|+1e+20|1E+20|1e+20|1.00000e+20|1.000000E+20",
            "1e-05|1e-05|1.000000e-05|0.000010|0.00|   0.000|1.00e-05|+1e-05|1E-05|1e-05|1.00000e-05|1.000000E-05",
            "123456.789|123456.789|1.234568e+05|123456.789000|123456.79|123456.789|1.23e+05|+123456.789|123456.789|1.23e+05|123456.789|1.234568E+05",
            "1e+06|1e+06|1.000000e+06|1000000.000000|1000000.00|1000000.000|1.00e+06|+1e+06|1E+06|1e+06|1.00000e+06|1.000000E+06",
            "100000|100000|1.000000e+05|100000.000000|100000.00|100000.000|1.00e+05|+100000|100000|1e+05|100000.|1.000000E+05",
            "0|0|0.000000e+00|0.000000|0.00|   0.000|0.00e+00|+0|0|0|0.00000|0.000000E+00",
            "2.5|2.5|2.500000e+00|2.500000|2.50|   2.500|2.50e+00|+2.5|2.5|2.5|2.50000|2.500000E+00",
            "0.3333333333333333|0.3333333333333333|3.333333e-01|0.333333|0.33|   0.333|3.33e-01|+0.3333333333333333|0.3333333333333333|0.333|0.3333333333333333|3.333333E-01",
            "1.23456789e+08|1.23456789e+08|1.234568e+08|123456789.000000|123456789.00|123456789.000|1.23e+08|+1.23456789e+08|1.23456789E+08|1.23e+08|1.23456789e+08|1.234568E+08",
            "0.0001|0.0001|1.000000e-04|0.000100|0.00|   0.000|1.00e-04|+0.0001|0.0001|0.0001|0.000100000|1.000000E-04",
            "0|0|0.000000e+00|0.000000|0.00|   0.000|0.00e+00|+0|0|0|0.00000|0.000000E+00",
            "0.3|0.3|3.000000e-01|0.300000|0.30|   0.300|3.00e-01|+0.3|0.3|0.3|0.300000|3.000000E-01",
            "5e-324|5e-324|4.940656e-324|0.000000|0.00|   0.000|4.94e-324|+5e-324|5E-324|4.94e-324|5.00000e-324|4.940656E-324",
        };
        for (int i = 0; i < want.length; i++) {
            Double f = fs[i];
            assertEquals(want[i], sprintf("%v|%g|%e|%f|%.2f|%8.3f|%-8.2e|%+g|%G|%.3g|%#g|%E", f, f, f, f, f, f, f, f, f, f, f, f));
        }
        assertEquals("0.1 3.14 1e+10 1.6777216e+07\n", sprintln(0.1f, 3.14f, 1e10f, 16777216f));
        assertEquals("0 2 2 0.2", sprintf("%.0f %.0f %.0f %.1f", 0.5, 1.5, 2.5, 0.25));
        assertEquals("  3.14|2.5     |-003.142|+1.2e+04|%!x(float64=-255)", sprintf("%6.2f|%-8v|%08.3f|%+.1e|%x", 3.14159, 2.5, -3.14159, 12345.678, -255.0));
    }

    @Test
    void integers() {
        assertEquals("42|   42|42   |-0042|ff|FF|0xff|10|010|101|+7| 7|A|'x'|U+1F600|U+0041 'A'|    -007|0o10",
            sprintf("%d|%5d|%-5d|%05d|%x|%X|%#x|%o|%#o|%b|%+d|% d|%c|%q|%U|%#U|%08.3d|%O",
                42L, 42L, 42L, -42L, 255L, 255L, 255L, 8L, 8L, 5L, 7L, 7L, (int) 'A', (int) 'x', 0x1F600, (int) 'A', -7L, 8L));
        assertEquals("200 -5 18446744073709551615", sprintf("%d %d %d", Uint8.valueOf(200), (byte) -5, Uint64.valueOf(-1)));
        assertEquals("-1 4294967295", sprintf("%v %v", Int64.valueOf(-1), Uint32.valueOf(-1)));
        assertEquals("    1|1    |3.14", sprintf("%*d|%-*d|%.*f", 5L, 1L, 5L, 1L, 2L, 3.14159));
        assertEquals("2 1", sprintf("%[2]d %[1]d", 1L, 2L));
        assertEquals("int string float64 []int <nil> int8 uint", sprintf("%T %T %T %T %T %T %T", 1L, s("s"), 2.5, typed("[bint;", LongSlice.of(new long[] {1})), null, (byte) 1, Uint.valueOf(3)));
    }

    @Test
    void strings() {
        assertEquals("hi|\"a\\\"b\\n\"|6869|68 69|6869|        hi|hi        |hé|    a|\"x`y\"|000hi",
            sprintf("%s|%q|%x|% x|%X|%10s|%-10s|%.2s|%5.1s|%#q|%05s", s("hi"), s("a\"b\n"), s("hi"), s("hi"), s("hi"), s("hi"), s("hi"), s("héllo"), s("abc"), s("x`y"), s("hi")));
        assertEquals("true false  true", sprintf("%t %v %5t", true, false, true));
    }

    @Test
    void misuse() {
        assertEquals("%!d(string=hi) %!s(int=5)", sprintf("%d %s", s("hi"), 5L));
        assertEquals("%!d(MISSING)", sprintf("%d"));
        assertEquals("1%!(EXTRA int=2, string=x)", sprintf("%d", 1L, 2L, s("x")));
        assertEquals("%!!(int=1)", sprintf("%!", 1L));
        assertEquals("%!(NOVERB)", sprintf("%"));
        assertEquals("%!s(int=42)", sprintf("%s", 42L));
    }

    @Test
    void slicesAndErrors() {
        Object hi = typed("[buint8;", ByteSlice.of("hi".getBytes(StandardCharsets.UTF_8)));
        assertEquals("[1 2 3] [1 2] hi 6869", sprintf("%v %d %s %x", typed("[bint;", LongSlice.of(new long[] {1, 2, 3})), typed("[bint;", LongSlice.of(new long[] {1, 2})), hi, hi));
        assertEquals("[a b] [1 a <nil> 2.5]", sprintf("%v %v", typed("[bstring;", Slice.of(new Object[] {s("a"), s("b")})), typed("[i12:interface {}0:", Slice.of(new Object[] {1L, s("a"), null, 2.5}))));
        assertEquals("[\"a\" \"b\"]", sprintf("%q", typed("[bstring;", Slice.of(new Object[] {s("a"), s("b")}))));
        assertEquals("bad bad", sprintf("%v %s", Errors.New(s("bad")), Errors.New(s("bad"))));
        assertEquals("wrap: inner\n", sprintln(Fmt.Errorf(s("wrap: %w"), Slice.of(new Object[] {Errors.New(s("inner"))}))));
        assertEquals("a 1 2.5 true <nil> 120 []\n", sprintln(s("a"), 1L, 2.5, true, null, (int) 'x', typed("[bstring;", Slice.of(new Object[0]))));
        assertEquals("[] []\n", sprintln(typed("[bint;", null), typed("[bstring;", null)));
        assertEquals("ab1 2c\n", sprint(s("a"), s("b"), 1L, 2L, s("c\n")));
        assertEquals("1 2\n", sprint(1L, 2L, s("\n")));
    }

    @Test
    void edgeCases() {
        assertEquals("    -Inf|NaN|  NaN| Inf", sprintf("%08.3f|%+v|%5.2f|% f", Double.NEGATIVE_INFINITY, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY));
        assertEquals("1.000000e+100|1e-07|9.999e+00|0.00012|1e-320", sprintf("%e|%g|%.3e|%.2g|%g", 1e100, 1e-7, 9.9995, 0.000123456, 1e-320));
        GoString invalid = GoString.wrap(new byte[] {'a', (byte) 0xFF, 'b'});
        assertEquals("    6162|x    |\"a\\xffb\"|\"h\\u00e9llo\"|\uFFFD|00000101",
            sprintf("%8x|%-5c|%q|%+q|%c|%08b", s("ab"), (int) 'x', invalid, s("héllo"), 0x110000, 5L));
        assertEquals("[]int{1, 2}|\"s\"|42|2", sprintf("%#v|%#v|%#v|%#v", typed("[bint;", LongSlice.of(new long[] {1, 2})), s("s"), 42L, 2.0));
        assertEquals("1|3.1|      3.14|1e-07     |", sprintf("%v|%.2v|%10.3v|%-10v|", 1.0, 3.14159, 3.14159, 1e-7));
        assertEquals("  99.5%|  7%", sprintf("%6.1f%%|%3d%%", 99.5, 7L));
        assertEquals("01ab|6869|01 02|0x6869", sprintf("%x|%X|% X|%#x", typed("[buint8;", ByteSlice.of(new byte[] {1, (byte) 171})), s("hi"), typed("[buint8;", ByteSlice.of(new byte[] {1, 2})), s("hi")));
        Slice nested = Slice.of(new Object[] {LongSlice.of(new long[] {1}), LongSlice.of(new long[] {2, 3})});
        assertEquals("[%!d(string=a)]|[[1] [2 3]]|[%!s(int=1) x]", sprintf("%d|%v|%s", typed("[bstring;", Slice.of(new Object[] {s("a")})), typed("[[bint;", nested), typed("[i12:interface {}0:", Slice.of(new Object[] {1L, s("x")}))));
        assertEquals("false|-128|-0000012|+0000012|12      |", sprintf("%5t|%v|%08d|%+08d|%-08d|", false, (byte) -128, -12L, 12L, 12L));
        assertEquals("日本語|ab|\"abc\"", sprintf("%.3s|%.10s|%5.3q", s("日本語日本語"), s("ab"), s("abcdef")));
        assertEquals("1e+21 1e+20 1.23456789e+08 1e-06 0.33333334 100 -0.5\n", sprintln(1e21, 1e20, 123456789.0, 0.000001, 1f / 3, 100.0, -0.5));
        assertEquals("<nil> %!d(<nil>)", sprintf("%v %d", null, null));
    }
}
