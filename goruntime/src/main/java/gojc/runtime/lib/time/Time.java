// Package time's functions bound from goruntime/src/main/go/time: the wall and monotonic clocks,
// Sleep, timers, and the file and environment reads behind LoadLocation and Local. Sleep parks
// the goroutine's virtual thread, which frees its carrier; stdout is flushed first so output
// written before a pause appears before it.
package gojc.runtime.lib.time;

import gojc.runtime.Stdout;
import gojc.runtime.sched.G;
import gojc.runtime.sched.Scheduler;
import gojc.runtime.GoString;
import gojc.runtime.lib.os.Os;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.tuple.T_LJ;
import gojc.runtime.tuple.T_LZ;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

public final class Time {
    private static final long MONO_BASE = System.nanoTime();

    private Time() {}

    /** Wall clock, nanoseconds since 1970. */
    public static long now() {
        java.time.Instant i = java.time.Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** Monotonic clock, nanoseconds since the program started. */
    public static long monotonic() {
        return System.nanoTime() - MONO_BASE;
    }

    public static Object startTimer(gojc.runtime.chan.Chan c, long d, long period, gojc.runtime.func.Fn__L now,
            gojc.runtime.func.Fn__ f) {
        Timers.Timer t = new Timers.Timer(c, now, f, period);
        t.start(d);
        return t;
    }

    public static boolean stopTimer(Object t) {
        return ((Timers.Timer) t).stop();
    }

    public static boolean resetTimer(Object t, long d) {
        Timers.Timer timer = (Timers.Timer) t;
        synchronized (timer) {
            boolean active = timer.stop();
            timer.start(d);
            return active;
        }
    }

    public static void Sleep(long d) {
        Stdout.flush();
        if (d <= 0) {
            return;
        }
        G g = Scheduler.current();
        if (g != null) {
            g.setState(G.State.SLEEPING);
        }
        long deadline = System.nanoTime() + d;
        for (long left = d; left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        if (g != null) {
            g.setState(G.State.RUNNING);
        }
    }

    // Statuses of readFile, as the Go side names them (readOK, readNotFound, ...).
    private static final long READ_OK = 0, READ_NOT_FOUND = 1, READ_IS_DIR = 2, READ_FAILED = 3;

    /** A whole file for the tzdata reader: (data, status). */
    public static T_LJ readFile(GoString path) {
        Path p;
        try {
            p = Path.of(path.toString());
        } catch (RuntimeException e) {
            return new T_LJ(null, READ_NOT_FOUND);
        }
        if (Files.isDirectory(p)) {
            return new T_LJ(null, READ_IS_DIR);
        }
        try {
            return new T_LJ(ByteSlice.of(Files.readAllBytes(p)), READ_OK);
        } catch (NoSuchFileException e) {
            return new T_LJ(null, READ_NOT_FOUND);
        } catch (IOException | RuntimeException e) {
            return new T_LJ(null, READ_FAILED);
        }
    }

    /** The environment as os.Getenv sees it, so os.Setenv("TZ", ...) before first use counts. */
    public static T_LZ getenv(GoString key) {
        return Os.LookupEnv(key);
    }

    /** TZif data for a zone from the JDK's rules, or nil: the fallback when no tzdata file has it. */
    public static ByteSlice jdkZone(GoString name) {
        byte[] data = JdkZones.tzif(name.toString());
        return data == null ? null : ByteSlice.of(data);
    }
}
