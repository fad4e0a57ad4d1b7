// io/ioutil: TempDir, WriteFile, ReadDir (sorted), ReadFile, ReadAll, NopCloser, TempFile, Discard.
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "lgtest")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	ioutil.WriteFile(filepath.Join(dir, "b"), []byte("bbb"), 0644)
	ioutil.WriteFile(filepath.Join(dir, "a"), []byte("a"), 0644)
	os.Mkdir(filepath.Join(dir, "c"), 0755)
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.IsDir())
	}
	data, err := ioutil.ReadFile(filepath.Join(dir, "b"))
	fmt.Println(string(data), err)
	all, _ := ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("reader")))
	fmt.Println(string(all))
	f, err := ioutil.TempFile(dir, "x*.txt")
	fmt.Println(err, strings.HasSuffix(f.Name(), ".txt"), strings.HasPrefix(filepath.Base(f.Name()), "x"))
	f.Close()
	fmt.Fprintln(ioutil.Discard, "nothing")
	_, err = ioutil.ReadFile(filepath.Join(dir, "nope"))
	fmt.Println(err != nil)
}
