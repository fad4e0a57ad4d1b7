// Package runtime's functions bound from goruntime/src/main/go/runtime/runtime.go. Goexit throws
// a Goexit signal that unwinds the goroutine through its deferred calls (which run on any
// throwable, as for panics) and that the scheduler ends the goroutine on silently; recover does
// not stop it because GoPanic.valueOf yields nil for it.
package gojc.runtime.lib.runtime;

import gojc.runtime.sched.Scheduler;

public final class Runtime {
    private Runtime() {}

    public static void Gosched() {
        Scheduler.gosched();
    }

    public static long NumGoroutine() {
        return Scheduler.numGoroutine();
    }

    public static long GOMAXPROCS(long n) {
        return Scheduler.gomaxprocs((int) Math.min(n, Integer.MAX_VALUE));
    }

    public static long NumCPU() {
        return java.lang.Runtime.getRuntime().availableProcessors();
    }

    public static void GC() {
        GCS.incrementAndGet();
        System.gc();
    }

    public static void Goexit() {
        throw new Scheduler.Goexit();
    }

    /** Bytes of heap in use: the JVM heap's occupancy, the nearest thing to Go's HeapAlloc. */
    public static long heapAlloc() {
        java.lang.Runtime r = java.lang.Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Bytes of heap obtained from the system. */
    public static long heapSys() {
        return java.lang.Runtime.getRuntime().totalMemory();
    }

    private static final java.util.concurrent.atomic.AtomicLong GCS = new java.util.concurrent.atomic.AtomicLong();

    /** Collections requested through runtime.GC. */
    public static long numGC() {
        return GCS.get();
    }

    public static long callerPC(long depth) {
        return Frames.callerPC(depth);
    }

    public static gojc.runtime.GoString pcName(long pc) {
        return Frames.name(pc);
    }

    public static gojc.runtime.GoString pcFile(long pc) {
        return Frames.file(pc);
    }

    public static long pcLine(long pc) {
        return Frames.line(pc);
    }

    public static long goid() {
        return Scheduler.currentId();
    }

    public static void setFinalizer(Object obj, Object finalizer) {
        Finalizers.set(obj, finalizer);
    }

    public static gojc.runtime.GoString GOROOT() {
        String env = System.getenv("GOROOT");
        if (env != null && !env.isEmpty()) return gojc.runtime.GoString.of(env);
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                java.nio.file.Path go = java.nio.file.Path.of(dir.isEmpty() ? "." : dir, "go");
                if (!java.nio.file.Files.isExecutable(go)) continue;
                try {
                    java.nio.file.Path bin = go.toRealPath().getParent();
                    if (bin != null && bin.getParent() != null) return gojc.runtime.GoString.of(bin.getParent().toString());
                } catch (java.io.IOException e) {
                    // an unreadable link: try the next entry
                }
            }
        }
        return gojc.runtime.GoString.of("");
    }
}
