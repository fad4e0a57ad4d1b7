// Package sync/atomic, bound from goruntime/src/main/go/sync/atomic/atomic.go. A Go pointer is a
// gojc.runtime.ptr.Ptr whose hashCode follows Go's pointer identity, so each operation runs under
// one of a set of striped locks chosen by it: every access to one location takes the same lock,
// which gives the operations their atomicity and their ordering.
package gojc.runtime.lib.sync.atomic;

import gojc.runtime.ptr.Ptr;

public final class Atomic {
    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    private Atomic() {}

    private static Object lockFor(Ptr p) {
        int h = p.hashCode();
        return STRIPES[(h ^ (h >>> 16)) & (STRIPES.length - 1)];
    }

    public static int AddInt32(Ptr p, int delta) {
        synchronized (lockFor(p)) {
            int v = p.getI() + delta;
            p.setI(v);
            return v;
        }
    }

    public static long AddInt64(Ptr p, long delta) {
        synchronized (lockFor(p)) {
            long v = p.getJ() + delta;
            p.setJ(v);
            return v;
        }
    }

    public static int LoadInt32(Ptr p) {
        synchronized (lockFor(p)) {
            return p.getI();
        }
    }

    public static long LoadInt64(Ptr p) {
        synchronized (lockFor(p)) {
            return p.getJ();
        }
    }

    public static void StoreInt32(Ptr p, int v) {
        synchronized (lockFor(p)) {
            p.setI(v);
        }
    }

    public static void StoreInt64(Ptr p, long v) {
        synchronized (lockFor(p)) {
            p.setJ(v);
        }
    }

    public static int SwapInt32(Ptr p, int v) {
        synchronized (lockFor(p)) {
            int old = p.getI();
            p.setI(v);
            return old;
        }
    }

    public static long SwapInt64(Ptr p, long v) {
        synchronized (lockFor(p)) {
            long old = p.getJ();
            p.setJ(v);
            return old;
        }
    }

    public static boolean CompareAndSwapInt32(Ptr p, int old, int v) {
        synchronized (lockFor(p)) {
            if (p.getI() != old) {
                return false;
            }
            p.setI(v);
            return true;
        }
    }

    public static boolean CompareAndSwapInt64(Ptr p, long old, long v) {
        synchronized (lockFor(p)) {
            if (p.getJ() != old) {
                return false;
            }
            p.setJ(v);
            return true;
        }
    }

    // The unsigned forms share the signed ones' bits.
    public static int AddUint32(Ptr p, int delta) {
        return AddInt32(p, delta);
    }

    public static long AddUint64(Ptr p, long delta) {
        return AddInt64(p, delta);
    }

    public static int LoadUint32(Ptr p) {
        return LoadInt32(p);
    }

    public static long LoadUint64(Ptr p) {
        return LoadInt64(p);
    }

    public static void StoreUint32(Ptr p, int v) {
        StoreInt32(p, v);
    }

    public static void StoreUint64(Ptr p, long v) {
        StoreInt64(p, v);
    }

    public static boolean CompareAndSwapUint32(Ptr p, int old, int v) {
        return CompareAndSwapInt32(p, old, v);
    }

    public static boolean CompareAndSwapUint64(Ptr p, long old, long v) {
        return CompareAndSwapInt64(p, old, v);
    }
}
