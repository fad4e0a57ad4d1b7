// This file implements Buffer, a variable-sized buffer of bytes with Read and Write methods.
// Growth follows Go 1.19 step for step (a 64-byte first allocation, sliding the contents down
// when half the capacity is free, else doubling plus the request, rounded to the allocator's
// size classes by append) so that Cap() reports what Go's does.
//
// Where Go keeps the contents in buf[off:len(buf)] and reslices buf on every write, this Buffer
// keeps buf at its full capacity and the end of the contents in w: a slice header is an object
// here, and reslicing on every WriteByte would allocate one each time.
package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// smallBufferSize is the capacity of the first allocation of a zero Buffer.
const smallBufferSize = 64

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

const maxInt = int(^uint(0) >> 1)

// A Buffer is a variable-sized buffer of bytes with Read and Write methods. The zero value is an
// empty buffer ready to use.
type Buffer struct {
	buf      []byte // the contents are buf[off:w]; len(buf) == cap(buf)
	off      int    // read at buf[off]
	w        int    // write at buf[w]
	lastRead readOp // what UnreadByte and UnreadRune may undo
}

// readOp is the last read operation: opRead for any read, opInvalid for none (a write, say),
// or the width of the rune ReadRune returned.
type readOp int8

const (
	opRead    readOp = -1
	opInvalid readOp = 0
)

// ErrTooLarge is passed to panic if memory cannot be allocated to store data in a buffer.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

var errUnreadRune = errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")

// NewBuffer creates and initializes a new Buffer using buf as its initial contents.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf[:cap(buf)], w: len(buf)} }

// NewBufferString creates and initializes a new Buffer using string s as its initial contents.
func NewBufferString(s string) *Buffer {
	b := []byte(s)
	return &Buffer{buf: b[:cap(b)], w: len(b)}
}

// copyString copies s into dst at index at; dst has room.
func copyString(dst []byte, at int, s string)

// copyBytes copies src into dst at index at; dst has room.
func copyBytes(dst []byte, at int, src []byte)

// Bytes returns the unread portion of the buffer; it aliases the buffer until its next change.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:b.w] }

// String returns the unread portion of the buffer as a string; "<nil>" for a nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:b.w])
}

func (b *Buffer) empty() bool { return b.w <= b.off }

// Len returns the number of bytes of the unread portion of the buffer.
func (b *Buffer) Len() int { return b.w - b.off }

// Cap returns the capacity of the buffer's underlying byte slice.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Truncate discards all but the first n unread bytes from the buffer.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.w = b.off + n
}

// Reset resets the buffer to be empty, keeping its storage for future writes.
func (b *Buffer) Reset() {
	b.w = 0
	b.off = 0
	b.lastRead = opInvalid
}

// tryGrowByReslice makes room for n more bytes within the capacity, if there is enough; it
// returns where they go.
func (b *Buffer) tryGrowByReslice(n int) (int, bool) {
	if l := b.w; n <= len(b.buf)-l {
		b.w = l + n
		return l, true
	}
	return 0, false
}

// grow makes room for n more bytes and returns where they go; it panics with ErrTooLarge if
// the buffer cannot grow.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if i, ok := b.tryGrowByReslice(n); ok {
		return i
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, smallBufferSize)
		b.w = n
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		// Slide the contents down rather than allocate; waiting for half the capacity to be
		// free keeps the copying amortised.
		copy(b.buf, b.buf[b.off:b.w])
	} else if c > maxInt-c-n {
		panic(ErrTooLarge)
	} else {
		b.buf = growSlice(b.buf[b.off:b.w], b.off+n)
	}
	b.off = 0
	b.w = m + n
	return m
}

// growSlice returns b's contents in new storage with room for n more bytes: at least twice
// b's capacity, rounded up by append to a size class.
func growSlice(b []byte, n int) []byte {
	defer func() {
		if recover() != nil {
			panic(ErrTooLarge)
		}
	}()
	c := len(b) + n
	if c < 2*cap(b) {
		c = 2 * cap(b)
	}
	b2 := append([]byte(nil), make([]byte, c)...)
	copy(b2, b)
	return b2[:cap(b2)]
}

// Grow grows the buffer's capacity, if necessary, so that n more bytes can be written without
// another allocation. It panics if n is negative, and with ErrTooLarge if it cannot grow.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.w = m
}

// Write appends the contents of p to the buffer; err is always nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(len(p))
	if !ok {
		m = b.grow(len(p))
	}
	copyBytes(b.buf, m, p)
	return len(p), nil
}

// WriteString appends the contents of s to the buffer; err is always nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(len(s))
	if !ok {
		m = b.grow(len(s))
	}
	copyString(b.buf, m, s)
	return len(s), nil
}

// WriteByte appends the byte c to the buffer; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(1)
	if !ok {
		m = b.grow(1)
	}
	b.buf[m] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r to the buffer and returns its length.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(utf8.UTFMax)
	if !ok {
		m = b.grow(utf8.UTFMax)
	}
	n = utf8.EncodeRune(b.buf[m:m+utf8.UTFMax], r)
	b.w = m + n
	return n, nil
}

// ReadFrom reads data from r until EOF and appends it to the buffer, returning the number of
// bytes read and any error but io.EOF.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		i := b.grow(MinRead)
		b.w = i
		m, e := r.Read(b.buf[i:])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.w = i + m
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the buffer's contents to w until the buffer is drained or an error occurs.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:b.w])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read reads the next len(p) bytes from the buffer or until it is drained; io.EOF if it holds
// nothing (unless len(p) is zero).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:b.w])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next returns a slice of the next n bytes (fewer if the buffer holds fewer), advancing past
// them; the slice aliases the buffer until its next change.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

// ReadByte reads and returns the next byte, or io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

// ReadRune reads and returns the next UTF-8-encoded code point and its size, or io.EOF.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		b.Reset()
		return 0, 0, io.EOF
	}
	c := b.buf[b.off]
	if c < utf8.RuneSelf {
		b.off++
		b.lastRead = 1
		return rune(c), 1, nil
	}
	r, n := utf8.DecodeRune(b.buf[b.off:b.w])
	b.off += n
	b.lastRead = readOp(n)
	return r, n, nil
}

// UnreadRune unreads the last rune returned by ReadRune; an error if the last operation was
// not a successful ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errUnreadRune
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte unreads the last byte returned by the most recent successful read operation.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// ReadBytes reads until the first occurrence of delim, returning a new slice holding the data
// up to and including it; io.EOF if delim was not found.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	line = append(line, slice...)
	return line, err
}

// readSlice is ReadBytes returning a slice of the buffer's storage.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:b.w], delim)
	end := b.off + i + 1
	if i < 0 {
		end = b.w
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

// ReadString reads until the first occurrence of delim, returning the data up to and including
// it; io.EOF if delim was not found.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}
