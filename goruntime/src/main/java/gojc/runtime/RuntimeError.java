// Go's runtime errors (runtime.Error): the panics the language itself raises, with gc's exact
// texts, e.g. "index out of range [5] with length 3". Error() prefixes "runtime error: " as gc does.
package gojc.runtime;

import gojc.runtime.iface.M_Error__L;
import gojc.runtime.iface.M_RuntimeError__;

public final class RuntimeError implements M_Error__L, M_RuntimeError__ {
    private final String message;
    private final boolean nilDeref;
    private final boolean prefixed;

    private RuntimeError(String message, boolean nilDeref) {
        this(message, nilDeref, true);
    }

    private RuntimeError(String message, boolean nilDeref, boolean prefixed) {
        this.message = message;
        this.nilDeref = nilDeref;
        this.prefixed = prefixed;
    }

    /** A runtime error whose text has no "runtime error: " prefix (gc's plainError, e.g. nil map writes). */
    public static RuntimeError unprefixed(String message) {
        return new RuntimeError(message, false, false);
    }

    public static RuntimeError plain(String message) {
        return new RuntimeError(message, false);
    }

    public static RuntimeError index(long i, long len) {
        return plain(i < 0 ? "index out of range [" + i + "]" : "index out of range [" + i + "] with length " + len);
    }

    /** s[:hi] with hi beyond a string's or array's length. */
    public static RuntimeError sliceAlen(long hi, long len) {
        return plain(hi < 0 ? "slice bounds out of range [:" + hi + "]" : "slice bounds out of range [:" + hi + "] with length " + len);
    }

    /** s[:hi] with hi beyond a slice's capacity. */
    public static RuntimeError sliceAcap(long hi, long cap) {
        return plain(hi < 0 ? "slice bounds out of range [:" + hi + "]" : "slice bounds out of range [:" + hi + "] with capacity " + cap);
    }

    /** s[lo:hi] with lo > hi (or lo negative). */
    public static RuntimeError sliceB(long lo, long hi) {
        return plain(lo < 0 ? "slice bounds out of range [" + lo + ":]" : "slice bounds out of range [" + lo + ":" + hi + "]");
    }

    public static RuntimeError slice3Acap(long max, long cap) {
        return plain(max < 0 ? "slice bounds out of range [::" + max + "]" : "slice bounds out of range [::" + max + "] with capacity " + cap);
    }

    public static RuntimeError slice3B(long hi, long max) {
        return plain(hi < 0 ? "slice bounds out of range [:" + hi + ":]" : "slice bounds out of range [:" + hi + ":" + max + "]");
    }

    public static RuntimeError slice3C(long lo, long hi) {
        return plain(lo < 0 ? "slice bounds out of range [" + lo + "::]" : "slice bounds out of range [" + lo + ":" + hi + ":]");
    }

    public static RuntimeError divide() {
        return plain("integer divide by zero");
    }

    public static RuntimeError nilDereference() {
        return new RuntimeError("invalid memory address or nil pointer dereference", true);
    }

    /** True for the nil dereference, which gc reports with an extra [signal SIGSEGV ...] line. */
    public boolean isNilDereference() {
        return nilDeref;
    }

    public String message() {
        return prefixed ? "runtime error: " + message : message;
    }

    @Override
    public Object Error() {
        return GoString.of(message());
    }

    /** runtime.Error's marker method: tells runtime errors from other errors. */
    @Override
    public void RuntimeError() {}

    @Override
    public String toString() {
        return message();
    }
}
