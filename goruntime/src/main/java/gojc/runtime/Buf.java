// A growable byte buffer for building Go strings (fmt, strings.Builder-like runtime code) without
// passing through java.lang.String.
package gojc.runtime;

import java.util.Arrays;

public final class Buf {
    private byte[] b;
    private int n;

    public Buf() {
        this(64);
    }

    public Buf(int cap) {
        b = new byte[Math.max(cap, 16)];
    }

    private void ensure(int more) {
        if (n + more > b.length) {
            b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
        }
    }

    public Buf add(int c) {
        ensure(1);
        b[n++] = (byte) c;
        return this;
    }

    public Buf add(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, b, n, len);
        n += len;
        return this;
    }

    public Buf add(GoString s) {
        return add(s.bytes, s.off, s.len);
    }

    /** Appends a Java string as UTF-8. */
    public Buf add(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                add(c);
            } else {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                addRune(cp);
            }
        }
        return this;
    }

    public Buf addRune(int r) {
        ensure(4);
        n += Utf8.encode(r, b, n);
        return this;
    }

    public Buf repeat(int c, int count) {
        for (int i = 0; i < count; i++) {
            add(c);
        }
        return this;
    }

    public int length() {
        return n;
    }

    public byte byteAt(int i) {
        return b[i];
    }

    public void setByte(int i, int c) {
        b[i] = (byte) c;
    }

    public void truncate(int len) {
        n = len;
    }

    public void reset() {
        n = 0;
    }

    /** The bytes written since position from, as a fresh array. */
    public byte[] copyFrom(int from) {
        return Arrays.copyOfRange(b, from, n);
    }

    public byte[] array() {
        return b;
    }

    public GoString toGoString() {
        return GoString.wrap(Arrays.copyOf(b, n));
    }

    @Override
    public String toString() {
        return new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }
}
