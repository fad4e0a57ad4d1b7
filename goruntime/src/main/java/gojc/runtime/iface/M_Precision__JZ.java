// fmt.State's method Precision() (prec int, ok bool), erased per the ABI's interface naming.
package gojc.runtime.iface;

public interface M_Precision__JZ {
    gojc.runtime.tuple.T_JZ Precision();
}
