// The function interface of Go's `func() T` for a reference T (erased to Object), defined by the
// runtime so that timers can ask Go code for the value to send (a time.Time in interface form).
package gojc.runtime.func;

public interface Fn__L {
    Object call();
}
