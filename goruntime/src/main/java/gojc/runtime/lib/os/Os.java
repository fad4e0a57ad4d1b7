// Package os's process functions bound from goruntime/src/main/go/os/os.go: arguments, exit and
// the environment (the JDK's is read-only, so Setenv and Unsetenv keep an overlay here).
package gojc.runtime.lib.os;

import gojc.runtime.Exit;
import gojc.runtime.Go;
import gojc.runtime.GoString;
import gojc.runtime.slice.Slice;
import gojc.runtime.tuple.T_LZ;
import java.util.Map;
import java.util.TreeMap;

public final class Os {
    private Os() {}

    public static void Exit(long code) {
        Exit.exit((int) code);
    }

    /** os.Args, read once by the Go declaration `var Args = runtime_args()`. */
    public static Slice runtime_args() {
        String[] a = Go.args();
        Object[] r = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = GoString.of(a[i]);
        }
        return Slice.of(r);
    }

    private static Map<String, String> env;

    private static synchronized Map<String, String> env() {
        if (env == null) {
            env = new TreeMap<>(System.getenv());
        }
        return env;
    }

    public static synchronized T_LZ LookupEnv(GoString key) {
        String v = env().get(key.toString());
        return new T_LZ(v == null ? GoString.EMPTY : GoString.of(v), v != null);
    }

    public static synchronized void setenv(GoString key, GoString value) {
        env().put(key.toString(), value.toString());
    }

    public static synchronized void unsetenv(GoString key) {
        env().remove(key.toString());
    }

    public static synchronized void Clearenv() {
        env().clear();
    }

    public static synchronized Slice Environ() {
        Object[] r = env().entrySet().stream().map(e -> GoString.of(e.getKey() + "=" + e.getValue())).toArray();
        return Slice.of(r);
    }

    public static long Getpid() {
        return ProcessHandle.current().pid();
    }

    public static GoString getwd() {
        return GoString.of(Files.cwd().toString());
    }

    public static GoString hostname() {
        try {
            return GoString.of(java.net.InetAddress.getLocalHost().getHostName());
        } catch (java.io.IOException e) {
            return GoString.of("localhost");
        }
    }

    // The file functions live in Files; os.go binds them all to this class.

    public static Object stdfd(long n) {
        return Files.stdfd(n);
    }

    public static long read(Object fd, gojc.runtime.slice.ByteSlice b) {
        return Files.read(fd, b);
    }

    public static long readAt(Object fd, gojc.runtime.slice.ByteSlice b, long off) {
        return Files.readAt(fd, b, off);
    }

    public static long write(Object fd, gojc.runtime.slice.ByteSlice b) {
        return Files.write(fd, b);
    }

    public static long seek(Object fd, long offset, long whence) {
        return Files.seek(fd, offset, whence);
    }

    public static void closeFd(Object fd) {
        Files.close(fd);
    }

    public static gojc.runtime.tuple.T_LJ openFile(GoString name, long flag, int perm) {
        return Files.open(name, flag, perm);
    }

    public static gojc.runtime.tuple.T_LJ readAll(Object fd) {
        return Files.readAll(fd);
    }

    public static long remove(GoString name) {
        return Files.remove(name);
    }

    public static long removeAll(GoString name) {
        return Files.removeAll(name);
    }

    public static long rename(GoString a, GoString b) {
        return Files.rename(a, b);
    }

    public static long mkdir(GoString name, int perm, boolean all) {
        return Files.mkdir(name, perm, all);
    }

    public static long chdir(GoString dir) {
        return Files.chdir(dir);
    }

    public static gojc.runtime.tuple.T_LJ mkdirTemp(GoString dir, GoString pattern) {
        return Files.temp(dir, pattern, true);
    }

    public static gojc.runtime.tuple.T_LJ createTemp(GoString dir, GoString pattern) {
        return Files.temp(dir, pattern, false);
    }

    public static gojc.runtime.tuple.T_JIJJ stat(GoString name, boolean follow) {
        return Files.stat(name, follow);
    }

    public static gojc.runtime.tuple.T_LLJ readDir(GoString name) {
        return Files.readDir(name);
    }
}
