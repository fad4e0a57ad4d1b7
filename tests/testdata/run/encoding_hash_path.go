package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"math/bits"
	"path"
)

func main() {
	fmt.Println(bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.OnesCount(255), bits.Len(1023), bits.Len8(0), bits.Reverse8(1), bits.RotateLeft32(1, -1), bits.ReverseBytes16(0x1234), bits.UintSize, bits.TrailingZeros16(0))
	s, c := bits.Add64(1<<63, 1<<63, 1)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	q, r := bits.Div64(1, 5, 3)
	fmt.Println(s, c, hi, lo, q, r, bits.Rem64(7, 7, 5))
	d, bo := bits.Sub64(0, 1, 0)
	fmt.Println(d, bo)
	fmt.Println(hex.EncodeToString([]byte("Hello\x00\xff")))
	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	for _, in := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe"} {
		fmt.Println(base64.StdEncoding.EncodeToString([]byte(in)), base64.RawURLEncoding.EncodeToString([]byte(in)), base64.URLEncoding.EncodeToString([]byte(in)))
	}
	dec, err := base64.StdEncoding.DecodeString("Zm9vYmFy")
	fmt.Println(string(dec), err)
	dec, err = base64.StdEncoding.DecodeString("Zm9vYg==")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("Zm9v!mFy")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("Zm9vYg=")
	fmt.Println(err)
	dec, err = base64.RawStdEncoding.DecodeString("Zm9vYg")
	fmt.Println(string(dec), err)
	fmt.Println(crc32.ChecksumIEEE([]byte("hello world")), crc32.Checksum([]byte("hello"), crc32.MakeTable(crc32.Castagnoli)))
	h := crc32.NewIEEE()
	h.Write([]byte("hello "))
	h.Write([]byte("world"))
	fmt.Println(h.Sum32(), h.Sum(nil))
	sum := sha256.Sum256([]byte("abc"))
	fmt.Println(hex.EncodeToString(sum[:]))
	m5 := md5.Sum([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Println(hex.EncodeToString(m5[:]), len(m5))
	sh := sha256.New()
	sh.Write([]byte("a"))
	sh.Write([]byte("bc"))
	fmt.Println(hex.EncodeToString(sh.Sum(nil)), sh.Size(), sh.BlockSize())
	for _, p := range []string{"a/b/../c", "/../x", "", "a//b/./c/", "../../a", "/"} {
		fmt.Println(path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p+".go"), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), path.Join(), path.Join("", ""))
	dir, file := path.Split("static/myfile.css")
	fmt.Println(dir, file)
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "[^a]*", "a/*", "[", "\\*x"} {
		m, err := path.Match(pat, "abc")
		fmt.Println(pat, m, err)
	}
}
