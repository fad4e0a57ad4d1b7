// Package crypto/sha256's digest, bound from goruntime/src/main/go/crypto/sha256: the JDK's SHA-256.
package gojc.runtime.lib.crypto.sha256;

import gojc.runtime.slice.ByteSlice;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public final class Sha256 {
    private Sha256() {}

    public static ByteSlice digestOf(ByteSlice data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (data != null) {
                md.update(data.array, data.off, data.len);
            }
            return ByteSlice.of(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
