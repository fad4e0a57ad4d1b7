// fmt.State's method Flag(c int) bool, erased per the ABI's interface naming.
package gojc.runtime.iface;

public interface M_Flag_J_Z {
    boolean Flag(long c);
}
