// The results of a Go function returning (Object, Object) in erased kinds;
// fields r0, r1, ... per the ABI's multi-result convention.
package gojc.runtime.tuple;

public final class T_LL {
    public final Object r0;
    public final Object r1;

    public T_LL(Object r0, Object r1) {
        this.r0 = r0;
        this.r1 = r1;
    }
}
