// This file implements the Bessel functions of integer order after FreeBSD's e_jn.c, as gc does:
// Jn by forward recurrence from J0 and J1 when n <= x, else by a continued fraction and backward
// recurrence normalised with J0 (or a power series for tiny x); Yn by forward recurrence from Y0
// and Y1, which is stable for the second kind; both by the asymptotic form beyond 2^302.
package math

const two302 = 1 << 302

// Jn returns the order-n Bessel function of the first kind.
func Jn(n int, x float64) float64 {
	const twoM29 = 1.0 / (1 << 29)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x // J(-n, x) = J(n, -x)
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 {
		x = -x
		neg = n&1 == 1 // J(n, -x) = (-1)^n J(n, x)
	}
	var b float64
	switch {
	case float64(n) <= x && x >= two302:
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = c + s
		case 1:
			t = -c + s
		case 2:
			t = -c - s
		case 3:
			t = c - s
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	case float64(n) <= x:
		b = J1(x)
		for i, a := 1, J0(x); i < n; i++ {
			a, b = b, b*(float64(i+i)/x)-a
		}
	case x < twoM29:
		// (x/2)^n / n!, zero once it underflows
		if n <= 33 {
			half := x * 0.5
			b = half
			f := 1.0
			for i := 2; i <= n; i++ {
				f *= float64(i)
				b *= half
			}
			b /= f
		}
	default:
		b = jnBackward(n, x)
	}
	if neg {
		return -b
	}
	return b
}

// jnBackward finds J(n, x)/J(n-1, x) by a continued fraction whose depth k the recurrence of its
// convergents chooses, then recurs down to order 0 and scales by J0(x).
func jnBackward(n int, x float64) float64 {
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	t := 0.0
	for i := 2 * (n + k); i >= n+n; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	a := t
	b := 1.0
	// When n·ln(2n/x) could overflow the recurrence, rescale as it goes.
	nf := float64(n)
	v := 2 / x
	rescale := nf*Log(Abs(v*nf)) >= 7.09782712893383973096e+02
	for i := n - 1; i > 0; i-- {
		di := float64(i + i)
		a, b = b, b*di/x-a
		if rescale && b > 1e100 {
			a /= b
			t /= b
			b = 1
		}
	}
	return t * J0(x) / b
}

// Yn returns the order-n Bessel function of the second kind.
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1 // Y(-n, x) = (-1)^n Y(n, x)
	}
	if n == 1 {
		if neg {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= two302 {
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		case 3:
			t = s + c
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	} else {
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}
