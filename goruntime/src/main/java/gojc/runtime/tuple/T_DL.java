// The results of a Go function returning (double, Object) in erased kinds;
// fields r0, r1, ... per the ABI's multi-result convention.
package gojc.runtime.tuple;

public final class T_DL {
    public final double r0;
    public final Object r1;

    public T_DL(double r0, Object r1) {
        this.r0 = r0;
        this.r1 = r1;
    }
}
