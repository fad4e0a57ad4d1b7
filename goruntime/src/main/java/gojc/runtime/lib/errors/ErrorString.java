// The error errors.New returns (Go's *errors.errorString): compared by identity, as pointers are.
package gojc.runtime.lib.errors;

import gojc.runtime.GoString;
import gojc.runtime.iface.M_Error__L;

public final class ErrorString implements M_Error__L {
    private final GoString s;

    public ErrorString(GoString s) {
        this.s = s;
    }

    public GoString text() {
        return s;
    }

    @Override
    public Object Error() {
        return s;
    }
}
