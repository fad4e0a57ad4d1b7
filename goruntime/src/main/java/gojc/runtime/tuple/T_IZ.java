// The results of a Go function returning (int, boolean) in erased kinds;
// fields r0, r1, ... per the ABI's multi-result convention.
package gojc.runtime.tuple;

public final class T_IZ {
    public final int r0;
    public final boolean r1;

    public T_IZ(int r0, boolean r1) {
        this.r0 = r0;
        this.r1 = r1;
    }
}
