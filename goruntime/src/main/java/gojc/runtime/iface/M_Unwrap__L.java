// The method `Unwrap() error` as an interface method (errors.Unwrap's test); the runtime defines
// it so that its own wrapping errors (fmt.Errorf with %w) can implement it.
package gojc.runtime.iface;

public interface M_Unwrap__L {
    Object Unwrap();
}
