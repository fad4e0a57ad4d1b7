// Package crypto/md5's digest, bound from goruntime/src/main/go/crypto/md5: the JDK's MD5.
package gojc.runtime.lib.crypto.md5;

import gojc.runtime.slice.ByteSlice;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public final class Md5 {
    private Md5() {}

    public static ByteSlice digestOf(ByteSlice data) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            if (data != null) {
                md.update(data.array, data.off, data.len);
            }
            return ByteSlice.of(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks MD5", e);
        }
    }
}
