// This file implements the elementary functions whose gc versions are portable Go on amd64 and
// differ from the JDK's in the last bit or in the NaN they return: Cbrt (FreeBSD's, one Newton
// step from a bit-level estimate), Sinh and Tanh (Cephes rational approximations near zero, Exp
// beyond), Log10, the special cases of Log1p and Expm1, and RoundToEven, Modf and Nextafter at
// the bit level. Each follows gc's order of operations exactly, since any reordering changes the
// rounding.
package math

func log1p(x float64) float64

func expm1(x float64) float64

// Expm1 returns e**x - 1, accurate near zero.
func Expm1(x float64) float64 {
	if IsNaN(x) {
		return x // as is, even a signaling NaN
	}
	return expm1(x)
}

// RoundToEven returns the nearest integer, rounding ties to even; at the bit level, so that a
// NaN keeps its payload and sign.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>52&0x7FF) - 1023
	const fracMask = 1<<52 - 1
	switch {
	case e >= 52:
		// already integral, or Inf or NaN
	case e >= 0:
		// Adding half an integer less one ulp, plus the integer part's parity, carries into the
		// integer part exactly when rounding to even goes up.
		b += (1<<51 - 1 + (b>>uint(52-e))&1) >> uint(e)
		b &^= fracMask >> uint(e)
	case e == -1 && b&fracMask != 0:
		b = b&(1<<63) | 0x3FF0000000000000 // 0.5 < |x| < 1: ±1
	default:
		b &= 1 << 63 // |x| <= 0.5: ±0
	}
	return Float64frombits(b)
}

// Log1p returns the natural logarithm of 1 plus x, accurate near zero.
func Log1p(x float64) float64 {
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	}
	return log1p(x)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64 {
	const (
		b1        = 715094163                   // (682-0.03306235651)·2^20: exponent bias for a first estimate
		b2        = 696219795                   // (664-0.03306235651)·2^20: the same for subnormals scaled by 2^54
		c         = 5.42857142857142815906e-01  // 19/35
		d         = -7.05306122448979611050e-01 // -864/1225
		e         = 1.41428571428571436819e+00  // 99/70
		f         = 1.60714285714285720630e+00  // 45/28
		g         = 3.57142857142857150787e-01  // 5/14
		minNormal = 2.22507385850720138309e-308 // 2^-1022
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	// A cube root good to 5 bits from the exponent field divided by 3.
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < minNormal {
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	// A rational step to 23 bits.
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	// Round t to 20 bits so that t*t is exact, then one Newton step to 53 bits.
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > 21:
		r = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		r = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		r = (((p3*sq+p2)*sq+p1)*sq + p0) * x
		r = r / (((sq+q2)*sq+q1)*sq + q0)
	}
	if neg {
		r = -r
	}
	return r
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	const (
		maxLog = 8.8029691931113054295988e+01 // ln(2^127)
		p0     = -9.64399179425052238628e-1
		p1     = -9.92877231001918586564e1
		p2     = -1.61468768441708447952e3
		q0     = 1.12811678491632931402e2
		q1     = 2.23548839060100448583e3
		q2     = 4.84406305325125486048e3
	)
	z := Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
	default:
		if x == 0 {
			return x
		}
		s := x * x
		z = x + x*s*((p0*s+p1)*s+p2)/(((s+q0)*s+q1)*s+q2)
	}
	return z
}

// Modf returns integer and fractional floating-point numbers that sum to f; both have f's sign.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // keeps -0
		}
		return 0, f
	}
	x := Float64bits(f)
	e := uint(x>>52)&0x7FF - 1023
	// The integer part is the sign, the exponent and e bits of mantissa.
	if e < 64-12 {
		x &^= 1<<(64-12-e) - 1
	}
	int = Float64frombits(x)
	frac = f - int
	return
}

// Nextafter returns the next representable float64 after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		r = Float64frombits(Float64bits(x) + 1)
	default:
		r = Float64frombits(Float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}
