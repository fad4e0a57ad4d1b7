// This file implements NormFloat64 and ExpFloat64 by Marsaglia and Tsang's ziggurat method
// ("The Ziggurat Method for Generating Random Variables", 2000), with the tables of tables.go
// and Go 1.19's order of draws, so that the variates match Go's bit for bit.
package rand

import "math"

const (
	rn = 3.442619855899      // where the normal ziggurat's tail begins
	re = 7.69711747013104972 // where the exponential ziggurat's tail begins
)

// NormFloat64 returns a normally distributed float64 with mean 0 and standard deviation 1.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // the sign is the variate's sign
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		aj := uint32(j)
		if j < 0 {
			aj = uint32(-j)
		}
		if aj < kn[i] {
			return x // inside the strip's rectangle: the common case
		}
		if i == 0 {
			// The base strip's tail, by Marsaglia's method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 with rate 1 (mean 1).
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}
