// Formatting of complex numbers: each part as FormatFloat formats a float of half the size, the
// imaginary part always signed, as fmt's %v does.
package strconv

// FormatComplex converts the complex number c to a string of the form (a+bi) where a and b are
// the real and imaginary parts, formatted according to fmt and prec as in FormatFloat, for a
// complex64 (bitSize 64) or complex128 (bitSize 128) value.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	half := bitSize / 2
	im := FormatFloat(imag(c), fmt, prec, half)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, half) + im + "i)"
}
