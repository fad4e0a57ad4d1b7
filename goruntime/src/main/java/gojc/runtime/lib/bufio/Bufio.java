// Package bufio's natives, bound from goruntime/src/main/go/bufio: the newline search every
// Scanner and ReadSlice call makes, on the JDK's vectorised byte search (bufio does not import
// bytes, whose package initialisation it does not need).
package gojc.runtime.lib.bufio;

import gojc.runtime.ByteSearch;
import gojc.runtime.slice.ByteSlice;

public final class Bufio {
    private Bufio() {}

    public static long indexByte(ByteSlice s, int c) {
        if (s == null) return -1;
        int i = ByteSearch.indexOfByte(s.array, s.off, s.off + s.len, (byte) c);
        return i < 0 ? -1 : i - s.off;
    }
}
