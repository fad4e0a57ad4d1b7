// The results of a Go function returning (LLJ) in erased kinds;
// fields r0, r1, ... per the ABI's multi-result convention.
package gojc.runtime.tuple;

public final class T_LLJ {
    public final Object r0;
    public final Object r1;
    public final long r2;

    public T_LLJ(Object r0, Object r1, long r2) {
        this.r0 = r0;
        this.r1 = r1;
        this.r2 = r2;
    }
}
