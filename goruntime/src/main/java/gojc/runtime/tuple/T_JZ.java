// The results of a Go function returning (long, boolean) in erased kinds;
// fields r0, r1, ... per the ABI's multi-result convention.
package gojc.runtime.tuple;

public final class T_JZ {
    public final long r0;
    public final boolean r1;

    public T_JZ(long r0, boolean r1) {
        this.r0 = r0;
        this.r1 = r1;
    }
}
