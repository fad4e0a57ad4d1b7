// The JDK's MessageDigest over a Go byte slice, for the crypto/* packages' natives.
package gojc.runtime.lib.crypto;

import gojc.runtime.slice.ByteSlice;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public final class Digests {
    private Digests() {}

    /** The digest of data (nil is empty) under the JDK's algorithm of that name. */
    public static ByteSlice of(String algorithm, ByteSlice data) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            if (data != null) {
                md.update(data.array, data.off, data.len);
            }
            return ByteSlice.of(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
