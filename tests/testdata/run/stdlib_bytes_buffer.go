package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct {
	data []byte
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], r.data)
	r.data = r.data[n:]
	return n, nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap(), b.String())
	b.WriteByte(' ')
	b.WriteRune('世')
	n, _ := b.WriteRune('x')
	fmt.Println(n, b.Len(), b.Cap(), b.String())
	b.Write(bytes.Repeat([]byte("y"), 100))
	fmt.Println(b.Len(), b.Cap())
	b.Write(bytes.Repeat([]byte("z"), 1000))
	fmt.Println(b.Len(), b.Cap())
	b.Grow(5000)
	fmt.Println(b.Len(), b.Cap())
	b.Truncate(3)
	fmt.Println(b.Len(), b.Cap(), b.String())
	b.Reset()
	fmt.Println(b.Len(), b.Cap())

	// Capacities over a run of growing writes, as Go's growth rule gives them.
	var g bytes.Buffer
	caps := []int{}
	last := -1
	for i := 0; i < 5000; i++ {
		g.WriteByte(byte(i))
		if g.Cap() != last {
			last = g.Cap()
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)

	// Sliding down instead of growing.
	var sl bytes.Buffer
	sl.Write(make([]byte, 64))
	sl.Next(60)
	sl.Write(make([]byte, 20))
	fmt.Println(sl.Len(), sl.Cap())

	r := bytes.NewBufferString("line one\nline two\nrest")
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r = bytes.NewBuffer([]byte("a,b"))
	lb, err := r.ReadBytes(',')
	fmt.Printf("%q %v\n", lb, err)
	lb, err = r.ReadBytes(',')
	fmt.Printf("%q %v\n", lb, err)
	lb, err = r.ReadBytes(',')
	fmt.Printf("%q %v %v\n", lb, lb == nil, err)

	r = bytes.NewBufferString("héllo")
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(ru, size, err, r.UnreadRune(), r.UnreadRune())
	ru, size, _ = r.ReadRune()
	fmt.Println(string(ru), size, r.Len())
	p := make([]byte, 2)
	n, err = r.Read(p)
	fmt.Println(n, err, string(p[:n]))
	fmt.Printf("%q\n", r.Next(10))
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	fmt.Println(r.UnreadByte())

	var rf bytes.Buffer
	m, err := rf.ReadFrom(&slowReader{[]byte("some data")})
	fmt.Println(m, err, rf.String(), rf.Cap())
	var big bytes.Buffer
	m, err = big.ReadFrom(strings.NewReader(strings.Repeat("q", 3000)))
	fmt.Println(m, err, big.Len(), big.Cap())

	var out bytes.Buffer
	src := bytes.NewBufferString("to stdout\n")
	m, err = src.WriteTo(os.Stdout)
	fmt.Println(m, err, src.Len())
	src = bytes.NewBufferString("abcdef")
	m, err = src.WriteTo(shortWriter{})
	fmt.Println(m, err, src.Len(), src.String())
	fmt.Fprintf(&out, "%d-%s", 42, "x")
	fmt.Println(out.String(), out.Bytes())

	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	fmt.Printf("%v|%s\n", nilBuf, nilBuf)
	fmt.Println(&out)
	var w io.Writer = &out
	_, ok := w.(io.ReaderFrom)
	fmt.Println(ok)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var t bytes.Buffer
		t.WriteString("abc")
		t.Truncate(5)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var t bytes.Buffer
		t.Grow(-1)
	}()
	func() {
		defer func() {
			e := recover()
			fmt.Println("recovered:", e, e == bytes.ErrTooLarge, errors.Is(e.(error), bytes.ErrTooLarge))
		}()
		var t bytes.Buffer
		t.WriteString("abc")
		t.Grow(1 << 62)
	}()

	// bytes.Reader
	rd := bytes.NewReader([]byte("0123456789"))
	fmt.Println(rd.Len(), rd.Size())
	buf := make([]byte, 4)
	n, err = rd.Read(buf)
	fmt.Println(n, err, string(buf))
	n, err = rd.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	_, err = rd.ReadAt(buf, -1)
	fmt.Println(err)
	pos, err := rd.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err, rd.Len())
	_, err = rd.Seek(-30, io.SeekCurrent)
	fmt.Println(err)
	_, err = rd.Seek(0, 7)
	fmt.Println(err)
	bb, _ := rd.ReadByte()
	fmt.Println(string(bb), rd.UnreadByte(), rd.UnreadRune())
	m, err = rd.WriteTo(&out)
	fmt.Println(m, err, out.String())
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	rd.Reset([]byte("ü!"))
	ru, size, err = rd.ReadRune()
	fmt.Println(string(ru), size, err, rd.UnreadRune(), rd.Len())
	rd.Seek(100, io.SeekStart)
	fmt.Println(rd.Len())
	var zr bytes.Reader
	fmt.Println(zr.Len(), zr.UnreadRune(), zr.UnreadByte())
	all, _ := io.ReadAll(bytes.NewReader([]byte("read all")))
	fmt.Println(string(all))
}
