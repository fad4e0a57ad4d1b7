package gojc.runtime.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.runtime.GoString;
import gojc.runtime.slice.LongSlice;
import org.junit.jupiter.api.Test;

class GoTypeTest {
    private static GoType t(String enc) {
        return GoType.parse(GoTypeTest.class, enc);
    }

    @Test
    void structuralTypesAreCanonicalAndPrintAsGo() {
        assertSame(t("[bint;"), t("[bint;"));
        assertSame(GoType.INT, t("[bint;").elem);
        assertEquals("[]int", t("[bint;").toString());
        assertEquals("map[string][]*int", t("mbstring;[*bint;").toString());
        assertEquals("[3][]uint8", t("a3;[buint8;").toString());
        assertEquals("<-chan chan<- bool", t("c2c1bbool;").toString());
        assertEquals("func(int) string", t("f16:func(int) string").toString());
        assertEquals("[]interface {}", t("[i12:interface {}0:").toString());
        assertSame(t("*[bint;"), t("[bint;").ptrTo());
        assertEquals(GoType.Kind.MAP, t("mbstring;bint;").kind);
    }

    @Test
    void typedBoxesCarryTheirType() {
        GoType ints = t("[bint;");
        Object boxed = Typed.of(null, ints);
        assertTrue(Typed.is(boxed, ints));
        assertFalse(Typed.is(boxed, t("[bint64;")));
        assertNull(Typed.value(boxed));
        assertSame(ints, Dynamic.typeOf(boxed));
        assertEquals("[]int", Dynamic.nameOf(Typed.of(LongSlice.of(new long[] {1}), ints)));
        assertSame(GoType.STRING, Dynamic.typeOf(GoString.of("x")));
        assertEquals("<nil>", Dynamic.nameOf(null));
    }
}
