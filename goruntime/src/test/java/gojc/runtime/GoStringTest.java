// Strings: UTF-8 decoding with Go's rules for invalid input, conversions, comparison.
package gojc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.runtime.slice.IntSlice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoStringTest {
    static GoString bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return GoString.wrap(r);
    }

    /** (rune, width) pairs of a for-range over s. */
    static List<String> range(GoString s) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < s.len(); ) {
            long d = GoString.decodeRune(s, i);
            r.add(Integer.toHexString((int) d) + "/" + (d >>> 32));
            i += (int) (d >>> 32);
        }
        return r;
    }

    @Test
    void decodesValidUtf8() {
        assertEquals(List.of("61/1", "e9/2", "20ac/3", "1f600/4"), range(GoString.of("aé€😀")));
    }

    @Test
    void invalidSequencesAreOneByteErrors() {
        assertEquals(List.of("fffd/1", "fffd/1"), range(bytes(0xC0, 0x80)));            // overlong
        assertEquals(List.of("fffd/1", "fffd/1", "fffd/1"), range(bytes(0xED, 0xA0, 0x80))); // surrogate
        assertEquals(List.of("fffd/1", "fffd/1"), range(bytes(0xE2, 0x82)));            // truncated
        assertEquals(List.of("fffd/1", "fffd/1", "fffd/1", "fffd/1"), range(bytes(0xF4, 0x90, 0x80, 0x80))); // > U+10FFFF
        assertEquals(List.of("fffd/1", "61/1"), range(bytes(0xFF, 0x61)));
        assertEquals(List.of("fffd/1", "fffd/1", "fffd/1"), range(bytes(0xE0, 0x80, 0x80))); // overlong 3-byte
        assertEquals(List.of("10ffff/4"), range(bytes(0xF4, 0x8F, 0xBF, 0xBF)));
    }

    @Test
    void conversions() {
        assertEquals("\uFFFD", GoString.fromRune(-1).toString());
        assertEquals("\uFFFD", GoString.fromRune(0xD800).toString());
        assertEquals("😀", GoString.fromRune(0x1F600).toString());
        IntSlice runes = GoString.toRunes(bytes(0x61, 0xFF));
        assertEquals(2, IntSlice.len(runes));
        assertEquals(0xFFFD, IntSlice.get(runes, 1));
        assertEquals("a\uFFFD", GoString.fromRunes(runes).toString());
        assertEquals(3, GoString.toBytes(GoString.of("abc")).len);
    }

    @Test
    void compareAndHash() {
        assertTrue(GoString.compare(GoString.of("a"), bytes(0xFF)) < 0);
        assertTrue(GoString.compare(GoString.of("ab"), GoString.of("a")) > 0);
        GoString x = GoString.slice(GoString.of("xabc"), 1, 4);
        assertEquals(GoString.of("abc"), x);
        assertEquals(GoString.of("abc").hashCode(), x.hashCode());
        assertTrue(GoString.eq(GoString.concat(GoString.of("ab"), GoString.of("c")), x));
        assertEquals('b', x.at(1));
        GoString c = GoString.constant(null, "s", GoString.class, "\u00e9");
        assertEquals(1, c.len());
        assertEquals(0xE9, c.at(0));
    }
}
