package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "gojctest")
	defer os.RemoveAll(dir)
	p := dir + "/a.txt"
	err := os.WriteFile(p, []byte("line one\nline two\r\nthird"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	_, err = os.Open("/nonexistent/x")
	fmt.Println(err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe) || true)
	f, _ := os.Open(p)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Printf("[%s]\n", sc.Text())
	}
	fmt.Println(sc.Err(), f.Close(), f.Close() != nil)
	f, _ = os.Create(dir + "/b.txt")
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "x=%d\n", 42)
	w.WriteString("hello\n")
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Println(w.Buffered())
	w.Flush()
	f.Close()
	st, err := os.Stat(dir + "/b.txt")
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular(), err)
	os.Mkdir(dir+"/sub", 0755)
	err = os.Mkdir(dir+"/sub", 0755)
	fmt.Println(os.IsExist(err))
	os.MkdirAll(dir+"/sub/x/y", 0755)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	st, _ = os.Stat(dir + "/sub")
	fmt.Println(st.IsDir(), st.Mode().IsDir())
	fmt.Println(os.Remove(dir+"/sub") != nil, os.RemoveAll(dir+"/sub"), os.RemoveAll(dir+"/nothing"))
	r := bufio.NewReader(strings.NewReader("alpha beta\ngamma\n\nlast"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("héllo\r\nworld"))
	c, sz, _ := r.ReadRune()
	b, _ := r.ReadByte()
	fmt.Println(c, sz, b, r.UnreadByte(), r.UnreadByte())
	line, pre, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, pre, err)
	pk, _ := r.Peek(3)
	fmt.Printf("%q\n", pk)
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("añb"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), ",")
	}
	fmt.Println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	long.Buffer(make([]byte, 10), 50)
	fmt.Println(long.Scan(), long.Err())
	cs := bufio.NewScanner(strings.NewReader("1,2,3"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Print("<", cs.Text(), ">")
	}
	fmt.Println()
	os.Setenv("GOJC_TEST_VAR", "v1")
	v, ok := os.LookupEnv("GOJC_TEST_VAR")
	fmt.Println(v, ok, os.Getenv("GOJC_NOPE_X"), os.ExpandEnv("a=$GOJC_TEST_VAR ${GOJC_TEST_VAR}!"))
	os.Unsetenv("GOJC_TEST_VAR")
	_, ok = os.LookupEnv("GOJC_TEST_VAR")
	fmt.Println(ok, len(os.Args), os.ModeDir|0755, os.FileMode(0644))
	fmt.Fprintln(os.Stdout, "to stdout")
	os.Stdout.WriteString("direct\n")
	var sb strings.Builder
	mw := io.MultiWriter(&sb, os.Stdout)
	io.Copy(mw, io.TeeReader(strings.NewReader("copied\n"), io.Discard))
	fmt.Print(sb.String())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	all, err := io.ReadAll(pr)
	fmt.Println(string(all), err)
	buf := make([]byte, 4)
	nn, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(nn, err)
	lr := io.LimitReader(strings.NewReader("abcdef"), 3)
	all, _ = io.ReadAll(lr)
	fmt.Println(string(all))
}
