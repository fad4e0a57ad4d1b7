package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var dir string

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "iofs")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "a", "b"), 0755))
	must(os.Mkdir(filepath.Join(dir, "c"), 0700))
	must(os.WriteFile(filepath.Join(dir, "top.txt"), []byte("top file\n"), 0644))
	must(os.WriteFile(filepath.Join(dir, "a", "one.go"), []byte("package one\n"), 0600))
	must(os.WriteFile(filepath.Join(dir, "a", "b", "two.go"), []byte("package two"), 0644))
	must(os.WriteFile(filepath.Join(dir, "a", "b", "three.txt"), nil, 0644))

	// FileMode and its String, shared by os and io/fs.
	modes := []fs.FileMode{0, 0644, 0755 | fs.ModeDir, fs.ModeSymlink | 0777, fs.ModeNamedPipe | fs.ModeSetuid | 0600,
		fs.ModeDevice | fs.ModeCharDevice | 0660, fs.ModeSticky | fs.ModeDir | 0777, fs.ModeIrregular, fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | fs.ModeSocket | fs.ModeSetgid, ^fs.FileMode(0)}
	for _, m := range modes {
		fmt.Println(m, m.IsDir(), m.IsRegular(), uint32(m.Perm()), m.Type() == 0)
	}
	var om os.FileMode = fs.ModeDir | 0750
	fmt.Printf("%v %T %o\n", om, om, uint32(os.ModePerm))
	fmt.Println(os.ModeDir == fs.ModeDir, os.ModeType == fs.ModeType)

	// Errors are shared too.
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrExist == fs.ErrExist, os.ErrPermission == fs.ErrPermission, os.ErrClosed == fs.ErrClosed, os.ErrInvalid == fs.ErrInvalid)
	fmt.Println(fs.ErrNotExist, "|", fs.ErrExist, "|", fs.ErrPermission, "|", fs.ErrClosed, "|", fs.ErrInvalid)
	_, err = os.Open(filepath.Join(dir, "nope"))
	var pe *fs.PathError
	fmt.Println(clean(err), errors.Is(err, fs.ErrNotExist), errors.As(err, &pe), pe.Op, pe.Timeout())
	var ope *os.PathError = pe
	fmt.Printf("%T %T\n", err, ope)
	perr := &fs.PathError{Op: "read", Path: "x", Err: fs.ErrClosed}
	fmt.Println(perr, errors.Is(perr, os.ErrClosed), os.IsNotExist(&fs.PathError{Op: "o", Path: "p", Err: fs.ErrNotExist}))

	for _, p := range []string{".", "a", "a/b", "", "/a", "a/", "a//b", "./a", "a/./b", "a/../b", "..", "a/..", "x\xffy", "héllo/wörld"} {
		fmt.Printf("%q:%v ", p, fs.ValidPath(p))
	}
	fmt.Println()

	fsys := os.DirFS(dir)
	fmt.Printf("%T\n", fsys)
	f, err := fsys.Open("top.txt")
	fmt.Println(err)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular())
	data, _ := io.ReadAll(f)
	fmt.Printf("%q %v\n", data, f.Close())
	_, err = fsys.Open("../etc/passwd")
	fmt.Println(clean(err), errors.Is(err, fs.ErrInvalid))
	_, err = fsys.Open("missing.txt")
	fmt.Println(clean(err), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))

	b, err := fs.ReadFile(fsys, "a/one.go")
	fmt.Printf("%q %v\n", b, err)
	b, err = fs.ReadFile(fsys, "a/b/three.txt")
	fmt.Printf("%q %v %d\n", b, err, len(b))
	_, err = fs.ReadFile(fsys, "nothing")
	fmt.Println(clean(err))

	info, err := fs.Stat(fsys, "a")
	fmt.Println(info.Name(), info.IsDir(), err)
	_, err = fs.Stat(fsys, "a/zz")
	fmt.Println(clean(err))

	entries, err := fs.ReadDir(fsys, ".")
	fmt.Println(len(entries), err)
	for _, e := range entries {
		i, _ := e.Info()
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type(), i.Name(), i.Mode().IsRegular())
	}
	_, err = fs.ReadDir(fsys, "top.txt")
	fmt.Println(clean(err))

	walk := func(fsys fs.FS, root string) {
		err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Println("  err:", p, clean(err))
				return nil
			}
			fmt.Println("  visit:", p, d.IsDir(), d.Name())
			if d.Name() == "c" {
				return fs.SkipDir
			}
			return nil
		})
		fmt.Println("  walk returned", err)
	}
	walk(fsys, ".")
	walk(fsys, "a")
	walk(fsys, "nonexistent")
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if p == "a/b/three.txt" {
			return fs.SkipDir
		}
		fmt.Println("  visit2:", p)
		if p == "top.txt" {
			return errors.New("stop here")
		}
		return nil
	})
	fmt.Println(err)

	sub, err := fs.Sub(fsys, "a")
	fmt.Printf("%T %v\n", sub, err)
	walk(sub, ".")
	b, _ = fs.ReadFile(sub, "b/two.go")
	fmt.Printf("%q\n", b)
	_, err = sub.Open("b/none")
	fmt.Println(clean(err))
	_, err = fs.ReadFile(sub, "../top.txt")
	fmt.Println(clean(err))
	_, err = fs.Sub(fsys, "/abs")
	fmt.Println(err)
	same, _ := fs.Sub(fsys, ".")
	fmt.Println(same == fsys)
	sub2, _ := fs.Sub(sub, "b")
	names, err := fs.Glob(sub2, "*.go")
	fmt.Println(names, err)

	for _, pat := range []string{"*.txt", "a/*", "*/*/*.go", "a/[bo]*", "nomatch*", "top.txt", "missing", "[", "a/["} {
		m, err := fs.Glob(fsys, pat)
		fmt.Printf("%s: %q %v %v\n", pat, m, m == nil, err)
	}
	m, err := fs.Glob(sub, "b/*")
	fmt.Println(m, err)

	// os.File is an fs.ReadDirFile; ReadDir(n) hands entries out in batches.
	df, _ := os.Open(filepath.Join(dir, "a", "b"))
	var rdf fs.ReadDirFile = df
	batch, err := rdf.ReadDir(1)
	fmt.Println(len(batch), err)
	batch2, err := rdf.ReadDir(5)
	fmt.Println(len(batch2), err)
	names = nil
	for _, e := range append(batch, batch2...) {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
	batch, err = rdf.ReadDir(1)
	fmt.Println(len(batch), batch == nil, err)
	batch, err = rdf.ReadDir(-1)
	fmt.Println(len(batch), err)
	df.Close()
	_, err = df.ReadDir(-1)
	fmt.Println(clean(err))

	// os.DirEntry is fs.DirEntry; filepath.WalkDir takes an fs.WalkDirFunc and honours fs.SkipDir.
	var fn fs.WalkDirFunc = func(p string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		fmt.Println("  fp:", rel, d.IsDir())
		if d.IsDir() && d.Name() == "b" {
			return filepath.SkipDir
		}
		return nil
	}
	fmt.Println(filepath.WalkDir(dir, fn), filepath.SkipDir == fs.SkipDir)
	oe, _ := os.ReadDir(dir)
	var de fs.DirEntry = oe[0]
	fmt.Println(de.Name(), fs.FileInfoToDirEntry(nil) == nil)
	fi, _ := os.Stat(filepath.Join(dir, "top.txt"))
	d2 := fs.FileInfoToDirEntry(fi)
	fmt.Println(d2.Name(), d2.IsDir(), d2.Type())
}
