// Exponentials, logarithms, powers and square roots of complex numbers, with C99's special
// values (Annex G) where gc's library has them.
package cmplx

import "math"

// Exp returns e**x, the base-e exponential of x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	m := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(m*c, m*s)
}

// Log returns the natural logarithm of x (principal branch).
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	l := Log(x)
	return complex(math.Log10E*real(l), math.Log10E*imag(l))
}

// Pow returns x**y, the base-x exponential of y. Pow(0, y) is 1 for real(y) == 0, 0 for
// real(y) > 0, and Inf for real(y) < 0 (complex(Inf, 0) if imag(y) is 0 too).
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		yr, yi := real(y), imag(y)
		if yr == 0 {
			return 1
		}
		if yr < 0 {
			if yi == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	mod := Abs(x)
	if mod == 0 {
		return complex(0, 0)
	}
	m := math.Pow(mod, real(y))
	arg := Phase(x)
	angle := real(y) * arg
	if imag(y) != 0 {
		m *= math.Exp(-imag(y) * arg)
		angle += imag(y) * math.Log(mod)
	}
	s, c := math.Sincos(angle)
	return complex(m*c, m*s)
}

// Sqrt returns the square root of x, with a non-negative real part.
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 {
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	}
	if math.IsInf(b, 0) {
		return complex(math.Inf(1), b)
	}
	if a == 0 {
		h := math.Sqrt(0.5 * math.Abs(b))
		if b < 0 {
			return complex(h, -h)
		}
		return complex(h, h)
	}
	// Scale the operands so that the hypotenuse neither overflows nor loses precision.
	var scale float64
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a, b, scale = a*0.25, b*0.25, 2
	} else {
		a, b, scale = a*(1<<54), b*(1<<54), 1.0/(1<<27)
	}
	h := math.Hypot(a, b)
	var re, im float64
	if a > 0 {
		re = math.Sqrt(0.5*h + 0.5*a)
		im = scale * math.Abs((0.5*b)/re)
		re *= scale
	} else {
		im = math.Sqrt(0.5*h - 0.5*a)
		re = scale * math.Abs((0.5*b)/im)
		im *= scale
	}
	if b < 0 {
		return complex(re, -im)
	}
	return complex(re, im)
}
