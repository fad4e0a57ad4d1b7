// print/println's float format and the panic report's value rendering, against gc's output.
package gojc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.runtime.box.Uint8;
import gojc.runtime.lib.errors.Errors;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuiltinsTest {
    @Test
    void printFloat() {
        assertEquals("+1.500000e+000", Builtins.formatFloat(1.5));
        assertEquals("+2.500000e+000", Builtins.formatFloat(2.5f));
        assertEquals("-1.000000e-003", Builtins.formatFloat(-0.001));
        assertEquals("+0.000000e+000", Builtins.formatFloat(0));
        assertEquals("-0.000000e+000", Builtins.formatFloat(-0.0));
        assertEquals("+Inf", Builtins.formatFloat(Double.POSITIVE_INFINITY));
        assertEquals("NaN", Builtins.formatFloat(Double.NaN));
        assertEquals("+1.797693e+308", Builtins.formatFloat(Double.MAX_VALUE));
    }

    static String firstLine(Object value) {
        String s = new String(PanicReport.render((RuntimeException) GoPanic.raise(value), 1), StandardCharsets.UTF_8);
        return s.substring(0, s.indexOf('\n'));
    }

    @Test
    void panicValues() {
        assertEquals("panic: 42", firstLine(42L));
        assertEquals("panic: +1.500000e+000", firstLine(1.5));
        assertEquals("panic: boom", firstLine(GoString.of("boom")));
        assertEquals("panic: x", firstLine(Errors.New(GoString.of("x"))));
        assertEquals("panic: true", firstLine(true));
        assertEquals("panic: 3", firstLine(Uint8.valueOf(3)));
        assertEquals("panic: nil", firstLine(null));
        assertEquals("panic: runtime error: index out of range [5] with length 3", firstLine(RuntimeError.index(5, 3)));
    }

    @Test
    void jvmFaultsBecomeRuntimeErrors() {
        String s = new String(PanicReport.render(new ArithmeticException("/ by zero"), 1), StandardCharsets.UTF_8);
        assertTrue(s.startsWith("panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n"), s);
        s = new String(PanicReport.render(new NullPointerException(), 1), StandardCharsets.UTF_8);
        assertTrue(s.startsWith("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV"), s);
        assertEquals("main.f.func1", PanicReport.goFunction("main.f$func1", "call"));
        assertEquals("main.init.0", PanicReport.goFunction("main.$Package", "init$0"));
        assertEquals("main.main", PanicReport.goFunction("main.$Package", "main"));
    }
}
