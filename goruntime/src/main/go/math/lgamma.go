// This file implements Lgamma after FreeBSD's e_lgamma_r.c, as gc does: rational and polynomial
// approximations on [2, 8) and around the minimum at 1.4616, the recurrence
// lgamma(x+1) = lgamma(x) + log(x) below 2, an asymptotic series from 8, and the reflection
// formula (through sinPi) for negative x.
package math

var (
	// lgamma(x) near 2 (even and odd terms of one series)
	lgamAEven = []float64{7.72156649015328655494e-02, 6.73523010531292681824e-02, 7.38555086081402883957e-03,
		1.19270763183362067845e-03, 2.20862790713908385557e-04, 2.52144565451257326939e-05}
	lgamAOdd = []float64{3.22467033424113591611e-01, 2.05808084325167332806e-02, 2.89051383673415629091e-03,
		5.10069792153511336608e-04, 1.08011567247583939954e-04, 4.48640949618915160150e-05}
	// [2, 8): numerator s, denominator r (constant term 1)
	lgamS = []float64{-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
		1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03, 3.19475326584100867617e-05}
	lgamR = []float64{1, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
		1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06}
	// around the minimum, in three interleaved parts of a series in y³
	lgamT0 = []float64{4.83836122723810047042e-01, -3.27885410759859649565e-02, 6.10053870246291332635e-03,
		-1.40346469989232843813e-03, 3.15632070903625950361e-04}
	lgamT1 = []float64{-1.47587722994593911752e-01, 1.79706750811820387126e-02, -3.68452016781138256760e-03,
		8.81081882437654011382e-04, -3.12754168375120860518e-04}
	lgamT2 = []float64{6.46249402391333854778e-02, -1.03142241298341437450e-02, 2.25964780900612472250e-03,
		-5.38595305356740546715e-04, 3.35529192635519073543e-04}
	// near 1: numerator u, denominator v (constant term 1)
	lgamU = []float64{-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
		9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02}
	lgamV = []float64{1, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
		1.04222645593369134254e-01, 3.21709242282423911810e-03}
	// the asymptotic series from 8 (w0 + z*(w1 + y*(w2 + ...)))
	lgamW = []float64{8.33333333333329678849e-02, -2.77777777728775536470e-03, 7.93650558643019558500e-04,
		-5.95187557450339963135e-04, 8.36339918996282139126e-04, -1.63092934096575273989e-03}
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		ymin  = 1.461632144968362245
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 1.0 / (1 << 70)
		tc    = 1.46163214496836224576e+00  // where Gamma has its minimum
		tf    = -1.21486290535849611461e-01 // lgamma(tc)
		tt    = -3.63867699703950536541e-18 // lgamma(tc)'s correction term
		w0    = 4.18938533204672725052e-01  // ln(2π)/2
	)
	sign = 1
	switch {
	case IsNaN(x), IsInf(x, 0):
		return x, sign
	case x == 0:
		return Inf(1), sign
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < tiny {
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	var nadj float64
	if neg {
		if x >= two52 { // a negative integer
			return Inf(1), sign
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), sign
		}
		nadj = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}

	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		var y float64
		var part int // 0: near 2 (or 1 from below), 1: near the minimum, 2: near 1
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= ymin-1+0.27:
				y, part = 1-x, 0
			case x >= ymin-1-0.27:
				y, part = x-(tc-1), 1
			default:
				y, part = x, 2
			}
		} else {
			switch {
			case x >= ymin+0.27:
				y, part = 2-x, 0
			case x >= ymin-0.27:
				y, part = x-tc, 1
			default:
				y, part = x-1, 2
			}
		}
		switch part {
		case 0:
			z := y * y
			p := y*horner(z, lgamAEven) + z*horner(z, lgamAOdd)
			lgamma += p - 0.5*y
		case 1:
			z := y * y
			w := z * y
			p := z*horner(w, lgamT0) - (tt - w*(horner(w, lgamT1)+y*horner(w, lgamT2)))
			lgamma += tf + p
		case 2:
			p1 := y * horner(y, lgamU)
			p2 := horner(y, lgamV)
			lgamma += -0.5*y + p1/p2
		}
	case x < 8:
		i := int(x)
		y := x - float64(i)
		p := y * horner(y, lgamS)
		q := horner(y, lgamR)
		lgamma = 0.5*y + p/q
		// lgamma(x) = lgamma(y+2) + log((y+2)(y+3)...(y+i-1))
		if i >= 3 {
			z := 1.0
			for k := i - 1; k >= 2; k-- {
				z *= y + float64(k)
			}
			lgamma += Log(z)
		}
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := w0 + z*horner(y, lgamW)
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = nadj - lgamma
	}
	return
}

// sinPi returns -sin(πx) for x > 0, reducing x exactly first so that the product stays exact.
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else {
		if x >= two53 { // even
			x = 0
			n = 0
		} else {
			if x < two52 {
				z = x + two52 // exact; the last bit is x's parity
			}
			n = int(1 & Float64bits(z))
			x = float64(n)
			n <<= 2
		}
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
