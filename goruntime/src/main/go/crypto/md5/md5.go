// Package md5 implements the MD5 hash algorithm; the digest is computed by the runtime
// (gojc.runtime.lib.crypto.md5.Md5 over the JDK's MessageDigest).
package md5

import "hash"

// The size of a MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

func digestOf(data []byte) []byte

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	var a [Size]byte
	copy(a[:], digestOf(data))
	return a
}

// digest accumulates what is written; Sum hashes it all.
type digest struct {
	data []byte
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash { return &digest{} }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }
func (d *digest) Reset()         { d.data = nil }
func (d *digest) Write(p []byte) (int, error) {
	d.data = append(d.data, p...)
	return len(p), nil
}
func (d *digest) Sum(in []byte) []byte { return append(in, digestOf(d.data)...) }
