// append's capacities against Go 1.19: each list is the sequence of distinct cap() values a real
// Go program observes while appending 2000 elements one at a time.
package gojc.runtime.slice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gojc.runtime.GoPanic;
import gojc.runtime.GoString;
import gojc.runtime.RuntimeError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class GrowthTest {
    static <X> List<Long> caps(X start, UnaryOperator<X> append, java.util.function.ToLongFunction<X> cap) {
        List<Long> r = new ArrayList<>();
        X s = start;
        for (int i = 0; i < 2000; i++) {
            s = append.apply(s);
            long c = cap.applyAsLong(s);
            if (r.isEmpty() || r.get(r.size() - 1) != c) {
                r.add(c);
            }
        }
        return r;
    }

    @Test
    void appendOneAtATime() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 848L, 1280L, 1792L, 2560L),
            caps((LongSlice) null, s -> LongSlice.append(s, 1), LongSlice::cap));
        assertEquals(List.of(8L, 16L, 32L, 64L, 128L, 256L, 512L, 896L, 1408L, 2048L),
            caps((ByteSlice) null, s -> ByteSlice.append(s, 1), ByteSlice::cap));
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 848L, 1280L, 1792L, 2560L),
            caps((Slice) null, s -> Slice.append(s, GoString.EMPTY, GoString.EMPTY), Slice::cap));
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 864L, 1344L, 2048L),
            caps((IntSlice) null, s -> IntSlice.append(s, 1), IntSlice::cap));
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 853L, 1365L, 2048L),
            caps((Slice) null, s -> Slice.append(s, null, null, 24), Slice::cap));
        assertEquals(List.of(4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 896L, 1344L, 2048L),
            caps((ShortSlice) null, s -> ShortSlice.append(s, 1), ShortSlice::cap));
    }

    @Test
    void appendMany() {
        assertEquals(8, LongSlice.cap(LongSlice.appendSlice(LongSlice.of(new long[] {1, 2, 3}), LongSlice.of(new long[] {4, 5, 6, 7}))));
        assertEquals(16, ByteSlice.cap(ByteSlice.appendString(GoString.toBytes(GoString.of("hello")), GoString.of(" world!"))));
        assertEquals(1024, LongSlice.cap(LongSlice.appendSlice(null, LongSlice.make(1000, 1000))));
    }

    @Test
    void appendAliasesLikeGo() {
        LongSlice a = LongSlice.make(3, 10);
        LongSlice b = LongSlice.append(a, 7);
        LongSlice c = LongSlice.append(a, 8);
        assertEquals(8, LongSlice.get(b, 3));
        assertEquals(8, LongSlice.get(c, 3));
        assertEquals(null, LongSlice.appendSlice(null, LongSlice.make(0, 0)));
    }

    static String panicText(Runnable r) {
        GoPanic p = (GoPanic) assertThrows(GoPanic.class, r::run);
        return ((RuntimeError) p.value()).message();
    }

    @Test
    void boundsMessages() {
        LongSlice s = LongSlice.of(new long[] {1, 2, 3});
        assertEquals("runtime error: index out of range [5] with length 3", panicText(() -> LongSlice.get(s, 5)));
        assertEquals("runtime error: index out of range [-1]", panicText(() -> LongSlice.get(s, -1)));
        assertEquals("runtime error: slice bounds out of range [5:3]", panicText(() -> LongSlice.sliceFrom(s, 5)));
        assertEquals("runtime error: slice bounds out of range [:5] with capacity 3", panicText(() -> LongSlice.slice(s, 0, 5)));
        assertEquals("runtime error: slice bounds out of range [2:1]", panicText(() -> LongSlice.slice(s, 2, 1)));
        assertEquals("runtime error: slice bounds out of range [:5] with length 3", panicText(() -> GoString.slice(GoString.of("abc"), 0, 5)));
        assertEquals("runtime error: makeslice: cap out of range", panicText(() -> LongSlice.make(5, 3)));
        assertEquals("runtime error: makeslice: len out of range", panicText(() -> LongSlice.make(-1, 3)));
    }
}
