// fmt.Formatter's method Format(f State, verb rune), erased per the ABI's interface naming.
package gojc.runtime.iface;

public interface M_Format_LI_ {
    void Format(Object f, int verb);
}
