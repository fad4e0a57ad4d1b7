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
        System.gc();
    }

    public static void Goexit() {
        throw new Scheduler.Goexit();
    }
}
