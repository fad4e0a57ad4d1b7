// Go's predeclared `error` interface: method Error() string, erased to Object per the ABI's
// interface naming (M_<name>_<paramkinds>_<resultkinds>).
package gojc.runtime.iface;

public interface M_Error__L {
    Object Error();
}
