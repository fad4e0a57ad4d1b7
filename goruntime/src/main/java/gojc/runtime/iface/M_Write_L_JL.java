// io.Writer's (and fmt.State's) method Write(b []byte) (n int, err error), erased per the ABI's interface naming.
package gojc.runtime.iface;

public interface M_Write_L_JL {
    gojc.runtime.tuple.T_JL Write(Object b);
}
