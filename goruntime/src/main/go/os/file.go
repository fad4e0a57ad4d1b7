package os

import (
	"io"
	"time"
)

// Flags to OpenFile, Linux's values.
const (
	O_RDONLY int = 0
	O_WRONLY int = 1
	O_RDWR   int = 2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// File represents an open file descriptor; its state is the runtime's channel or stream.
type File struct {
	fd     any
	name   string
	closed bool
}

var (
	Stdin  = &File{stdfd(0), "/dev/stdin", false}
	Stdout = &File{stdfd(1), "/dev/stdout", false}
	Stderr = &File{stdfd(2), "/dev/stderr", false}
)

func stdfd(n int) any

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{op, f.name, ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes from the File; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n == -1 {
		return 0, io.EOF
	}
	if n < 0 {
		return 0, pathErr("read", f.name, -n-1)
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	for len(b) > 0 {
		m := readAt(f.fd, b, off)
		if m == -1 {
			err = io.EOF
			break
		}
		if m < 0 {
			err = pathErr("read", f.name, -m-1)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if code := write(f.fd, b); code != 0 {
		return 0, pathErr("write", f.name, code)
	}
	return len(b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Seek sets the offset for the next Read or Write on file to offset, interpreted according to
// whence.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret = seek(f.fd, offset, whence)
	if ret < 0 {
		return 0, pathErr("seek", f.name, int(-ret))
	}
	return ret, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{"close", f.name, ErrClosed}
	}
	f.closed = true
	closeFd(f.fd)
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	return Stat(f.name)
}

// ReadDir reads the contents of the directory associated with the file f.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	return ReadDir(f.name)
}

func read(fd any, b []byte) int
func readAt(fd any, b []byte, off int64) int
func write(fd any, b []byte) int
func seek(fd any, offset int64, whence int) int64
func closeFd(fd any)
func openFile(name string, flag int, perm uint32) (any, int)

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file, with mode 0666 before umask.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, code := openFile(name, flag, uint32(perm))
	if code != 0 {
		return nil, &PathError{"open", name, errno(code)}
	}
	return &File{fd, name, false}, nil
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, code := readAll(f.fd)
	if code != 0 {
		return nil, pathErr("read", name, code)
	}
	return data, nil
}

func readAll(fd any) ([]byte, int)

// WriteFile writes data to the named file, creating it if necessary with permissions perm.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error { return pathErr("remove", name, remove(name)) }

func remove(name string) int

// RemoveAll removes path and any children it contains; a missing path is not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	return pathErr("unlinkat", path, removeAll(path))
}

func removeAll(path string) int

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if code := rename(oldpath, newpath); code != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(code)}
	}
	return nil
}

func rename(oldpath, newpath string) int

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error {
	return pathErr("mkdir", name, mkdir(name, uint32(perm), false))
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	return pathErr("mkdir", path, mkdir(path, uint32(perm), true))
}

func mkdir(name string, perm uint32, all bool) int

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error { return pathErr("chdir", dir, chdir(dir)) }

func chdir(dir string) int

// MkdirTemp creates a new temporary directory in the directory dir.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	name, code := mkdirTemp(dir, pattern)
	if code != 0 {
		return "", pathErr("mkdirtemp", dir+"/"+pattern, code)
	}
	return name, nil
}

func mkdirTemp(dir, pattern string) (string, int)

// CreateTemp creates a new temporary file in the directory dir, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	name, code := createTemp(dir, pattern)
	if code != 0 {
		return nil, pathErr("createtemp", dir+"/"+pattern, code)
	}
	return OpenFile(name, O_RDWR, 0600)
}

func createTemp(dir, pattern string) (string, int)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)
	ModeAppend     FileMode = 1 << (32 - 1 - 1)
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)
	ModeDevice     FileMode = 1 << (32 - 1 - 5)
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)
	ModeCharDevice FileMode = 1 << (32 - 1 - 10)
	ModeSticky     FileMode = 1 << (32 - 1 - 11)
	ModeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

func (m FileMode) IsDir() bool       { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool   { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode    { return m & ModePerm }
func (m FileMode) Type() FileMode    { return m & ModeType }

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime int64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return time.Unix(0, fs.modTime) }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// stat returns size, mode, modification time (ns) and an errno.
func stat(name string, follow bool) (size int64, mode uint32, mtime int64, code int)

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	size, mode, mtime, code := stat(name, true)
	if code != 0 {
		return nil, pathErr("stat", name, code)
	}
	return &fileStat{basename(name), size, FileMode(mode), mtime}, nil
}

// Lstat returns a FileInfo describing the named file, not following a symbolic link.
func Lstat(name string) (FileInfo, error) {
	size, mode, mtime, code := stat(name, false)
	if code != 0 {
		return nil, pathErr("lstat", name, code)
	}
	return &fileStat{basename(name), size, FileMode(mode), mtime}, nil
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type dirEntry struct {
	dir  string
	name string
	mode FileMode
}

func (d *dirEntry) Name() string               { return d.name }
func (d *dirEntry) IsDir() bool                { return d.mode.IsDir() }
func (d *dirEntry) Type() FileMode             { return d.mode.Type() }
func (d *dirEntry) Info() (FileInfo, error)    { return Lstat(d.dir + "/" + d.name) }

// readDir returns the sorted names and their modes, and an errno.
func readDir(name string) ([]string, []uint32, int)

// ReadDir reads the named directory, returning all its directory entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	names, modes, code := readDir(name)
	if code != 0 {
		return nil, pathErr("open", name, code)
	}
	entries := make([]DirEntry, len(names))
	for i := range names {
		entries[i] = &dirEntry{name, names[i], FileMode(modes[i])}
	}
	return entries, nil
}
