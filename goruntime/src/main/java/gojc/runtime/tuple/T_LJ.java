// The results of a Go function returning (LJ) in erased kinds;
// fields r0, r1, ... per the ABI's multi-result convention.
package gojc.runtime.tuple;

public final class T_LJ {
    public final Object r0;
    public final long r1;

    public T_LJ(Object r0, long r1) {
        this.r0 = r0;
        this.r1 = r1;
    }
}
