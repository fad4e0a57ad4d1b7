// This file implements the helpers over any FS: Stat, ReadDir, ReadFile (each using the FS's
// own method when it has one), FileInfoToDirEntry, and WalkDir.
package fs

import (
	"errors"
	"io"
	"path"
)

// StatFS is a file system with a Stat method.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// Stat returns a FileInfo describing the named file from the file system.
func Stat(fsys FS, name string) (FileInfo, error) {
	if fsys, ok := fsys.(StatFS); ok {
		return fsys.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

// ReadDirFS is a file system with a ReadDir method.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadDir reads the named directory and returns its entries sorted by filename.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if fsys, ok := fsys.(ReadDirFS); ok {
		return fsys.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sortByName(list)
	return list, err
}

// sortByName sorts entries by name with a merge sort rather than package sort, which every
// program printing with fmt would otherwise carry (fmt uses os, os uses io/fs). Names in a
// directory are distinct, so the order is the one sort.Slice gives.
func sortByName(list []DirEntry) {
	if len(list) < 2 {
		return
	}
	tmp := make([]DirEntry, len(list))
	for width := 1; width < len(list); width *= 2 {
		for lo := 0; lo < len(list); lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > len(list) {
				mid = len(list)
			}
			if hi > len(list) {
				hi = len(list)
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if list[j].Name() < list[i].Name() {
					tmp[k] = list[j]
					j++
				} else {
					tmp[k] = list[i]
					i++
				}
				k++
			}
			k += copy(tmp[k:], list[i:mid])
			copy(tmp[k:], list[j:hi])
		}
		copy(list, tmp)
	}
}

// dirInfo is a DirEntry made from a FileInfo.
type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }

// FileInfoToDirEntry returns a DirEntry that returns information from info; nil for nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}

// ReadFileFS is a file system with a ReadFile method.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// ReadFile reads the named file from the file system and returns its contents; reaching the end
// of the file is not an error.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if fsys, ok := fsys.(ReadFileFS); ok {
		return fsys.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	size := 0
	if info, err := file.Stat(); err == nil {
		if s := info.Size(); int64(int(s)) == s {
			size = int(s)
		}
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := file.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// SkipDir used as a return value from a WalkDirFunc says to skip the directory named in the
// call (or, returned for a file, the rest of its directory). It is not returned as an error.
var SkipDir = errors.New("skip this directory")

// WalkDirFunc is the type of the function called by WalkDir to visit each file or directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir walks the file tree rooted at root, calling fn for each file or directory in lexical
// order; errors reading a directory are passed to fn for that directory once more.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, &statDirEntry{info}, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := ReadDir(fsys, name)
	if err != nil {
		// The second call for the directory, reporting the error.
		err = fn(name, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(fsys, path.Join(name, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

type statDirEntry struct {
	info FileInfo
}

func (d *statDirEntry) Name() string            { return d.info.Name() }
func (d *statDirEntry) IsDir() bool             { return d.info.IsDir() }
func (d *statDirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (FileInfo, error) { return d.info, nil }
