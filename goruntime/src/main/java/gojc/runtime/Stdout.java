// The program's standard output: one buffer under one lock, so concurrent writers never
// interleave inside a write and small writes cost no system call. It is flushed at exit, at a
// panic, at os.Exit, when a goroutine sleeps, and after every line when stdout is a terminal
// (so interactive programs show their output as Go's unbuffered stdout would).
package gojc.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.locks.ReentrantLock;

public final class Stdout {
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final byte[] BUF = new byte[8192];
    private static int count;
    private static OutputStream sink = new FileOutputStream(FileDescriptor.out);
    private static final boolean LINE_FLUSH = isTerminal();

    private Stdout() {}

    /** Routes output elsewhere (in-process test runs); flushes what was buffered first. */
    public static void redirect(OutputStream out) {
        LOCK.lock();
        try {
            flushLocked();
            sink = out;
        } finally {
            LOCK.unlock();
        }
    }

    public static void write(byte[] b, int off, int len) {
        LOCK.lock();
        try {
            if (len > BUF.length - count) {
                flushLocked();
                if (len > BUF.length) {
                    writeOut(b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, BUF, count, len);
            count += len;
            if (LINE_FLUSH) {
                flushLocked();
            }
        } finally {
            LOCK.unlock();
        }
    }

    public static void write(byte[] b) {
        write(b, 0, b.length);
    }

    public static void write(GoString s) {
        write(s.bytes, s.off, s.len);
    }

    public static void flush() {
        LOCK.lock();
        try {
            flushLocked();
        } finally {
            LOCK.unlock();
        }
    }

    private static void flushLocked() {
        if (count > 0) {
            int n = count;
            count = 0;
            writeOut(BUF, 0, n);
        }
    }

    private static void writeOut(byte[] b, int off, int len) {
        try {
            sink.write(b, off, len);
            sink.flush();
        } catch (IOException e) {
            // Go ignores a failed write to stdout in fmt.Println unless the program checks err;
            // a closed pipe must not turn into a Java stack trace.
        }
    }

    private static boolean isTerminal() {
        // On Linux the descriptor's link names the device. System.console() would instead load
        // every console provider of the boot layer (jshell's, jline's) at each program's start.
        java.io.File fd = new java.io.File("/proc/self/fd/1");
        if (fd.exists()) {
            try {
                String dev = fd.getCanonicalPath();
                return dev.startsWith("/dev/pts/") || dev.startsWith("/dev/tty") || dev.equals("/dev/console");
            } catch (IOException e) {
                return false;
            }
        }
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            // JDK 22+ returns a Console even when redirected; isTerminal tells the truth there.
            var h = MethodHandles.publicLookup().findVirtual(java.io.Console.class, "isTerminal", MethodType.methodType(boolean.class));
            return (boolean) h.invoke(c);
        } catch (Throwable e) {
            return true;
        }
    }
}
