// Package crypto/sha256's digest, bound from goruntime/src/main/go/crypto/sha256: the JDK's SHA-256.
package gojc.runtime.lib.crypto.sha256;

import gojc.runtime.lib.crypto.Digests;
import gojc.runtime.slice.ByteSlice;

public final class Sha256 {
    private Sha256() {}

    public static ByteSlice digestOf(ByteSlice data) {
        return Digests.of("SHA-256", data);
    }
}
