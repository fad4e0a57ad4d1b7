package strings

import "unicode/utf8"

// A Builder is used to efficiently build a string using Write methods. The zero value is ready
// to use. Do not copy a non-zero Builder.
//
// buf is always resliced to its full capacity and n counts the bytes written, so that a write
// that fits stores into buf in place instead of making a new slice header per append; buf grows
// exactly as append(buf[:n], ...) would, so Cap reports what Go's Builder reports.
type Builder struct {
	addr *Builder
	buf  []byte
	n    int
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return builderString(b.buf[:b.n]) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return b.n }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return len(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
	b.n = 0
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if len(b.buf)-b.n < n {
		b.grow(n)
	}
}

// grow moves to a new buffer with room for 2*cap+n bytes, as Go's Builder does.
func (b *Builder) grow(n int) {
	buf := make([]byte, 2*len(b.buf)+n)
	copy(buf, b.buf[:b.n])
	b.buf = buf
}

// Write appends the contents of p to b's buffer. It returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	if len(b.buf)-b.n >= len(p) {
		b.n += copy(b.buf[b.n:], p)
	} else {
		buf := append(b.buf[:b.n], p...)
		b.n = len(buf)
		b.buf = buf[:cap(buf)]
	}
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. It returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	if b.n < len(b.buf) {
		b.buf[b.n] = c
		b.n++
	} else {
		buf := append(b.buf[:b.n], c)
		b.n = len(buf)
		b.buf = buf[:cap(buf)]
	}
	return nil
}

// WriteRune appends the UTF-8 encoding of r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := b.n
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	if len(b.buf)-n < utf8.UTFMax {
		b.grow(utf8.UTFMax)
	}
	b.n += encodeRuneAt(b.buf, n, r)
	return b.n - n, nil
}

// WriteString appends the contents of s to b's buffer.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	if len(b.buf)-b.n >= len(s) {
		b.n += copy(b.buf[b.n:], s)
	} else {
		buf := append(b.buf[:b.n], s...)
		b.n = len(buf)
		b.buf = buf[:cap(buf)]
	}
	return len(s), nil
}
