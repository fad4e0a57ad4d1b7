// The function interface of Go's `func()` (docs/abi.md "Multiple results and function values"),
// defined by the runtime so that timers (time.AfterFunc) can call Go functions.
package gojc.runtime.func;

public interface Fn__ {
    void call();
}
