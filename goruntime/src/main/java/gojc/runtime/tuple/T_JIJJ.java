// The results of a Go function returning (JIJJ) in erased kinds;
// fields r0, r1, ... per the ABI's multi-result convention.
package gojc.runtime.tuple;

public final class T_JIJJ {
    public final long r0;
    public final int r1;
    public final long r2;
    public final long r3;

    public T_JIJJ(long r0, int r1, long r2, long r3) {
        this.r0 = r0;
        this.r1 = r1;
        this.r2 = r2;
        this.r3 = r3;
    }
}
