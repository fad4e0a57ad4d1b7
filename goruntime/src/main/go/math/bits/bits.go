// Package bits implements bit counting and manipulation functions for the predeclared unsigned
// integer types. The 64- and 32-bit counts are the runtime's (gojc.runtime.lib.math.bits.Bits,
// the JDK's intrinsics); the rest are Go.
package bits

const UintSize = 64

func LeadingZeros64(x uint64) int
func TrailingZeros64(x uint64) int
func OnesCount64(x uint64) int
func Reverse64(x uint64) uint64
func ReverseBytes64(x uint64) uint64
func LeadingZeros32(x uint32) int
func TrailingZeros32(x uint32) int
func OnesCount32(x uint32) int
func Reverse32(x uint32) uint32
func ReverseBytes32(x uint32) uint32

func LeadingZeros(x uint) int     { return LeadingZeros64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return LeadingZeros32(uint32(x)) - 24 }
func LeadingZeros16(x uint16) int { return LeadingZeros32(uint32(x)) - 16 }

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros32(uint32(x))
}
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros32(uint32(x))
}

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount32(uint32(x)) }
func OnesCount16(x uint16) int { return OnesCount32(uint32(x)) }

func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }
func RotateLeft8(x uint8, k int) uint8 {
	const n = 8
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}
func RotateLeft16(x uint16, k int) uint16 {
	const n = 16
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}
func RotateLeft32(x uint32, k int) uint32 {
	const n = 32
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}
func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func Reverse(x uint) uint         { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8      { return uint8(Reverse32(uint32(x)) >> 24) }
func Reverse16(x uint16) uint16   { return uint16(Reverse32(uint32(x)) >> 16) }
func ReverseBytes(x uint) uint    { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

func Len(x uint) int       { return 64 - LeadingZeros64(uint64(x)) }
func Len8(x uint8) int     { return 32 - LeadingZeros32(uint32(x)) }
func Len16(x uint16) int   { return 32 - LeadingZeros32(uint32(x)) }
func Len32(x uint32) int   { return 32 - LeadingZeros32(x) }
func Len64(x uint64) int   { return 64 - LeadingZeros64(x) }

// Add returns the sum with carry of x, y and carry: sum = x + y + carry.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	sum64 := uint64(x) + uint64(y) + uint64(carry)
	return uint32(sum64), uint32(sum64 >> 32)
}

func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// Sub returns the difference of x, y and borrow: diff = x - y - borrow.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// Mul returns the full-width product of x and y: (hi, lo) = x * y.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	tmp := uint64(x) * uint64(y)
	return uint32(tmp >> 32), uint32(tmp)
}

func Mul64(x, y uint64) (hi, lo uint64) {
	return mulHi(x, y), x * y
}

func mulHi(x, y uint64) uint64

const overflowError = "integer overflow"
const divideError = "integer divide by zero"

// Div returns the quotient and remainder of (hi, lo) divided by y.
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	z := uint64(hi)<<32 | uint64(lo)
	quo, rem = uint32(z/uint64(y)), uint32(z%uint64(y))
	return
}

func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
	return div128(hi, lo, y), rem128(hi, lo, y)
}

func div128(hi, lo, y uint64) uint64
func rem128(hi, lo, y uint64) uint64

// Rem returns the remainder of (hi, lo) divided by y; it does not panic on a quotient overflow.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem64(hi, lo, y uint64) uint64 {
	if y == 0 {
		panic(divideError)
	}
	return rem128(hi%y, lo, y)
}
