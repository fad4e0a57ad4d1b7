package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0755)
	os.WriteFile(filepath.Join(dir, "a", "x.go"), []byte("x"), 0644)
	os.WriteFile(filepath.Join(dir, "a", "b", "y.txt"), []byte("yy"), 0644)
	os.WriteFile(filepath.Join(dir, "z.go"), nil, 0644)
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		fmt.Println(rel, d.IsDir(), err)
		return nil
	})
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if info.IsDir() && info.Name() == "b" {
			return filepath.SkipDir
		}
		if info.IsDir() {
			fmt.Println(strings.TrimPrefix(p, dir), "dir")
			return nil
		}
		fmt.Println(strings.TrimPrefix(p, dir), info.Size())
		return nil
	})
	m, err := filepath.Glob(filepath.Join(dir, "*", "*.go"))
	fmt.Println(len(m), err, filepath.Base(m[0]))
	fmt.Println(filepath.Rel("/a/b", "/a/b/c/d"))
	fmt.Println(filepath.Rel("/a/b/c", "/a/x"))
	fmt.Println(filepath.Rel("a", "/b"))
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), filepath.Ext("x.tar.gz"), filepath.Join("a", "b", "..", "c"))
	abs, _ := filepath.Abs("/x/../y")
	fmt.Println(abs, filepath.IsAbs("rel"), string(filepath.Separator))
}
