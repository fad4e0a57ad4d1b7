// The marker method of Go's runtime.Error interface (RuntimeError()), so that a recovered runtime
// panic satisfies err.(runtime.Error); named per the ABI's interface naming.
package gojc.runtime.iface;

public interface M_RuntimeError__ {
    void RuntimeError();
}
