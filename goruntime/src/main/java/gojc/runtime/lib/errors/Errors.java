// Package errors's functions bound from goruntime/src/main/go/errors/errors.go.
package gojc.runtime.lib.errors;

import gojc.runtime.GoString;

public final class Errors {
    private Errors() {}

    public static Object New(GoString text) {
        return new ErrorString(text);
    }
}
