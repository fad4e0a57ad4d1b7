// The error fmt.Errorf returns: its formatted message, and the operand of %w if there was one
// (Go's *fmt.wrapError; errors.Unwrap reads it).
package gojc.runtime.lib.fmt;

import gojc.runtime.GoString;
import gojc.runtime.iface.M_Error__L;
import gojc.runtime.iface.M_Unwrap__L;

public final class WrapError implements M_Error__L, M_Unwrap__L {
    private final GoString msg;
    private final Object wrapped;

    WrapError(GoString msg, Object wrapped) {
        this.msg = msg;
        this.wrapped = wrapped;
    }

    @Override
    public Object Error() {
        return msg;
    }

    @Override
    public Object Unwrap() {
        return wrapped;
    }
}
