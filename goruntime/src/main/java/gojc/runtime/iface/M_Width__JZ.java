// fmt.State's method Width() (wid int, ok bool), erased per the ABI's interface naming.
package gojc.runtime.iface;

public interface M_Width__JZ {
    gojc.runtime.tuple.T_JZ Width();
}
