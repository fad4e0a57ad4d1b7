// This file implements the polynomial evaluation the special functions share. Horner's rule over
// a coefficient table, constant term first, performs exactly the operations of the nested form
// c0 + z*(c1 + z*(c2 + ...)), in the same order, so results keep gc's last bits.
package math

// horner returns c[0] + z*(c[1] + z*(c[2] + ... + z*c[n-1])).
func horner(z float64, c []float64) float64 {
	p := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		p = c[i] + z*p
	}
	return p
}
