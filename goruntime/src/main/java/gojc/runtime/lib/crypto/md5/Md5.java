// Package crypto/md5's digest, bound from goruntime/src/main/go/crypto/md5: the JDK's MD5.
package gojc.runtime.lib.crypto.md5;

import gojc.runtime.lib.crypto.Digests;
import gojc.runtime.slice.ByteSlice;

public final class Md5 {
    private Md5() {}

    public static ByteSlice digestOf(ByteSlice data) {
        return Digests.of("MD5", data);
    }
}
