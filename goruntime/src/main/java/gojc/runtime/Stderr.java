// The program's standard error, unbuffered as gc's print and panic reports are: each call is one
// write under a lock, after stdout has been flushed where ordering matters.
package gojc.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

public final class Stderr {
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static OutputStream sink = new FileOutputStream(FileDescriptor.err);

    private Stderr() {}

    public static void redirect(OutputStream out) {
        sink = out;
    }

    public static void write(byte[] b, int off, int len) {
        LOCK.lock();
        try {
            sink.write(b, off, len);
            sink.flush();
        } catch (IOException e) {
            // nowhere left to report it
        } finally {
            LOCK.unlock();
        }
    }

    public static void write(GoString s) {
        write(s.bytes, s.off, s.len);
    }

    public static void write(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        write(b, 0, b.length);
    }
}
