// fmt.Stringer's method String() string, erased to Object per the ABI's interface naming.
package gojc.runtime.iface;

public interface M_String__L {
    Object String();
}
