// fmt.GoStringer's method GoString() string, erased to Object per the ABI's interface naming.
package gojc.runtime.iface;

public interface M_GoString__L {
    Object GoString();
}
