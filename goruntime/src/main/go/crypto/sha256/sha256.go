// Package sha256 implements the SHA-256 hash algorithm; the digest is computed by the runtime
// (gojc.runtime.lib.crypto.sha256.Sha256 over the JDK's MessageDigest).
package sha256

import "hash"

// The size of a SHA-256 checksum in bytes.
const Size = 32

// The blocksize of SHA-256 in bytes.
const BlockSize = 64

func digestOf(data []byte) []byte

// Sum256 returns the SHA-256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	var a [Size]byte
	copy(a[:], digestOf(data))
	return a
}

// digest accumulates what is written; Sum hashes it all.
type digest struct {
	data []byte
}

// New returns a new hash.Hash computing the SHA-256 checksum.
func New() hash.Hash { return &digest{} }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }
func (d *digest) Reset()         { d.data = nil }
func (d *digest) Write(p []byte) (int, error) {
	d.data = append(d.data, p...)
	return len(p), nil
}
func (d *digest) Sum(in []byte) []byte { return append(in, digestOf(d.data)...) }
